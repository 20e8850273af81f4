package io.transferlab.contracts.messaging;

/** One validation pass during training: top-1 accuracy on the target half's validation part. */
public record ValidationPoint(long iteration, double accuracy) {
}
