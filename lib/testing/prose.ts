/**
 * A page of prose-like text for compression tests: words drawn by a fixed pseudo-random sequence (the same
 * text every run), not one repeated string, so that Brotli's best quality has something to gain over the
 * fast one. `n` starts the text, so different `n` give different pages.
 */
export function prose(n: number, words = 20_000): string {
  const vocabulary = ["transformer", "attention", "λ", "scaling", "law", "Schölkopf", "graph", "the", "of", "a"];
  let seed = 7 + n;
  const word = () => vocabulary[(seed = (seed * 48271) % 2147483647) % vocabulary.length];
  return `<p>${n} ${Array.from({ length: words }, word).join(" ")}</p>`;
}
