/**
 * Synthetic input with the shapes of real data, for benchmarks and scale tests:
 * {@link org.w3id.parley.generate.Generator}.
 */
package org.w3id.parley.generate;
