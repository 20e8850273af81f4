import numpy as np

TOLERANCE = 1e-9
MAX_ITERATIONS = 1000
EPSILON = 1e-5


def evidence_per_image(f, t):
    n, d = f.shape
    alpha, beta = 1.0, 1.0

    def posterior(alpha, beta):
        a = alpha * np.eye(d) + beta * f.T @ f
        a_inv = np.linalg.inv(a)
        return a, a_inv, beta * a_inv @ f.T @ t

    for _ in range(MAX_ITERATIONS):
        _, a_inv, m = posterior(alpha, beta)
        gamma = d - alpha * np.trace(a_inv)
        next_alpha = gamma / (m @ m + EPSILON)
        next_beta = (n - gamma) / (np.sum((f @ m - t) ** 2) + EPSILON)
        converged = abs(next_alpha - alpha) < TOLERANCE * alpha and abs(next_beta - beta) < TOLERANCE * beta
        alpha, beta = next_alpha, next_beta
        if converged:
            break
    a, _, m = posterior(alpha, beta)
    evidence = (n / 2 * np.log(beta) + d / 2 * np.log(alpha) - n / 2 * np.log(2 * np.pi)
                - beta / 2 * np.sum((f @ m - t) ** 2) - alpha / 2 * (m @ m) - np.linalg.slogdet(a)[1] / 2)
    return evidence / n


def logme(f, labels):
    f = np.asarray(f, dtype=np.float64)
    labels = np.asarray(labels)
    return np.mean([evidence_per_image(f, (labels == c).astype(np.float64)) for c in np.unique(labels)])


CASES = {
    "tall": ([[1, 2], [2, 1], [3, 4], [4, 3], [0, 1], [1, 0], [2, 2], [5, 1]],
             [0, 0, 1, 1, 0, 1, 0, 1]),
    "wide": ([[1, 0, 2, -1, 3, 0, 1], [0, 1, 1, 2, -1, 1, 0], [2, 1, 0, 0, 1, -2, 1],
              [-1, 2, 1, 1, 0, 0, 3], [1, 1, 1, -1, 2, 1, 0]],
             [0, 1, 2, 1, 0]),
    "three": ([[0.5, 1, -1], [1.5, 0, 2], [-1, 2, 0.5], [2, -0.5, 1], [0, 0, 1], [1, 1, 1],
               [-2, 1, 0], [3, 2, -1], [0.5, -1, 2], [1, 3, 0], [-1, -1, 1], [2, 0, 0]],
              [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2]),
}

for name, (features, labels) in CASES.items():
    print(f"{name} {logme(features, labels):.12f}")
