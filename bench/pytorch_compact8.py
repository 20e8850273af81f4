"""The PyTorch reference for bench/run: compact8 on Fashion-MNIST's half B, as the trainer trains it.

Same data (classes 5..9 relabelled 0..4, pixels scaled to [0, 1] once, a fresh permutation per epoch), same
architecture (conv 32-32-pool-64-64-pool-128-pool, dense 256-256-out, ReLU, dropout 0.5 before the last two dense
layers), same initialisation (He normal for ReLU layers, Xavier normal for the output, zero biases), same optimiser
(SGD with Nesterov momentum 0.9, lr 0.01, weight decay 5e-4), batch size and thread count. Prints the steady-state
images per second after the warm-up, in the same form as the DL4J benchmark.

Usage: pytorch_compact8.py [warmup] [measured] [batch] [train images]   (threads: OMP_NUM_THREADS)
"""
import gzip
import os
import struct
import sys
import time

import numpy as np
import torch
from torch import nn

DATA = "/usr/share/datasets/fashion-mnist"


def read_idx(name):
    with gzip.open(os.path.join(DATA, name), "rb") as f:
        ndim = struct.unpack(">I", f.read(4))[0] & 0xFF
        dims = struct.unpack(">" + "I" * ndim, f.read(4 * ndim))
        return np.frombuffer(f.read(), dtype=np.uint8).reshape(dims)


def half_b(limit):
    images = read_idx("train-images-idx3-ubyte.gz").reshape(-1, 1, 28, 28)
    labels = read_idx("train-labels-idx1-ubyte.gz").astype(np.int64)
    keep = labels >= 5
    x = torch.from_numpy(images[keep][:limit].astype(np.float32) / 255.0)
    y = torch.from_numpy(labels[keep][:limit] - 5)
    return x, y


def compact8(classes):
    def conv(cin, cout):
        return [nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU()]

    layers = (conv(1, 32) + conv(32, 32) + [nn.MaxPool2d(2)] + conv(32, 64) + conv(64, 64) + [nn.MaxPool2d(2)]
              + conv(64, 128) + [nn.MaxPool2d(2), nn.Flatten(),
                                 nn.Linear(128 * 3 * 3, 256), nn.ReLU(),
                                 nn.Dropout(0.5), nn.Linear(256, 256), nn.ReLU(),
                                 nn.Dropout(0.5), nn.Linear(256, classes)])
    net = nn.Sequential(*layers)
    linears = [m for m in net if isinstance(m, (nn.Conv2d, nn.Linear))]
    for m in linears[:-1]:
        nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
        nn.init.zeros_(m.bias)
    nn.init.xavier_normal_(linears[-1].weight)
    nn.init.zeros_(linears[-1].bias)
    return net


def main():
    args = [int(a) for a in sys.argv[1:]] + [10, 50, 128, 6000][len(sys.argv) - 1:]
    warmup, measured, batch, limit = args[:4]
    threads = int(os.environ.get("OMP_NUM_THREADS", os.cpu_count()))
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    x, y = half_b(limit)
    net = compact8(5)
    net.train()
    optimiser = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9, nesterov=True, weight_decay=5e-4)
    loss_fn = nn.CrossEntropyLoss()
    order, position = torch.randperm(len(x)), 0
    start = None
    for step in range(warmup + measured):
        if step == warmup:
            start = time.perf_counter()
        if position + batch > len(x):
            order, position = torch.randperm(len(x)), 0
        idx = order[position:position + batch]
        position += batch
        optimiser.zero_grad(set_to_none=True)
        loss = loss_fn(net(x[idx]), y[idx])
        loss.backward()
        optimiser.step()
        loss.item()  # the trainer reads the score every step too
    seconds = time.perf_counter() - start
    print(f"pytorch images_per_s={measured * batch / seconds:.1f} batch={batch} iterations={measured} "
          f"threads={threads} torch={torch.__version__} train_images={len(x)}")


if __name__ == "__main__":
    main()
