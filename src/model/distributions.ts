/**
 * Draws from the multiplier distributions of spec section 4, on a seeded pure-rand generator.
 * Each draw consumes a deterministic number of generator outputs for a given generator state,
 * so a seed fixes the whole stream.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { skipN } from 'pure-rand/utils/skipN';
import type { Distribution } from './resolved-scenario';

export type { RandomGenerator };

/**
 * A seeded xoroshiro128+ generator. The seed must be an integer; its low 32 bits are used (the
 * generator's own seeding). The first outputs are skipped because xoroshiro's state mixes poorly
 * right after seeding with a small integer.
 */
export function createRng(seed: number): RandomGenerator {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const rng = xoroshiro128plus(seed | 0);
  skipN(rng, 32);
  return rng;
}

/** A uniform draw in the open interval (0, 1), 53 bits of resolution. */
export function uniformOpen(rng: RandomGenerator): number {
  let u = uniformFloat64(rng);
  // uniformFloat64 is in [0, 1); 0 (probability 2^-53) would break logs and inverse CDFs.
  while (u === 0) u = uniformFloat64(rng);
  return u;
}

/**
 * Inverse of the standard normal CDF, Wichura's algorithm AS241 (PPND16, Applied Statistics
 * 37(3), 1988), relative accuracy about 1e-16. Requires 0 < p < 1.
 */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) * r +
          13731.69376550946) *
          r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((r * 5226.495278852854 + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) * r +
        5394.196021424751) *
        r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x =
      (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((r * 1.0507500716444169e-9 + 0.0005475938084995345) * r + 0.015198666563616457) * r + 0.14810397642748008) *
        r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1);
  } else {
    r -= 5;
    x =
      (((((((r * 2.0103343992922881e-7 + 2.7115555687434876e-5) * r + 0.0012426609473880784) * r +
        0.026532189526576124) *
        r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-7) * r + 1.8463183175100548e-5) * r +
        0.0007868691311456133) *
        r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1);
  }
  return q < 0 ? -x : x;
}

/** A standard normal draw (one uniform through the inverse CDF). */
export function standardNormal(rng: RandomGenerator): number {
  return normalQuantile(uniformOpen(rng));
}

/**
 * A Gamma(shape, 1) draw by Marsaglia and Tsang (ACM TOMS 26(3), 2000); shape < 1 through
 * Gamma(shape + 1) × U^(1/shape). Requires shape > 0.
 */
export function gamma(rng: RandomGenerator, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(uniformOpen(rng), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(rng);
    const base = 1 + c * x;
    if (base <= 0) continue;
    const v = base * base * base;
    const u = uniformOpen(rng);
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Beta(alpha, beta) draw as X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta). */
export function betaDraw(rng: RandomGenerator, alpha: number, beta: number): number {
  const x = gamma(rng, alpha);
  const y = gamma(rng, beta);
  return x / (x + y);
}

/** A draw function for one distribution, with its parameters checked and precomputed. */
export function createSampler(d: Distribution): (rng: RandomGenerator) => number {
  switch (d.type) {
    case 'uniform': {
      const { min, max } = d;
      return (rng) => min + (max - min) * uniformFloat64(rng);
    }
    case 'triangular': {
      const { min, mode, max } = d;
      const width = max - min;
      if (width === 0) return () => min;
      const split = (mode - min) / width;
      // Inverse CDF: the left and right branches meet at F(mode) = split.
      return (rng) => {
        const u = uniformFloat64(rng);
        return u < split ? min + Math.sqrt(u * width * (mode - min)) : max - Math.sqrt((1 - u) * width * (max - mode));
      };
    }
    case 'normal': {
      const { mean, sd } = d;
      return (rng) => mean + sd * standardNormal(rng);
    }
    case 'pert': {
      const { min, mode, max } = d;
      const width = max - min;
      if (width === 0) return () => min;
      // Beta-PERT with lambda = 4.
      const alpha = 1 + (4 * (mode - min)) / width;
      const beta = 1 + (4 * (max - mode)) / width;
      return (rng) => min + width * betaDraw(rng, alpha, beta);
    }
  }
}
