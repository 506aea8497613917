/**
 * Benchmark volume: 100,000 papers (3 authors each, 30,000 authors), and 100 published issues of 10 picks
 * whose commentary is the demo issue's (with its math), generated in SQL in one transaction.
 */
import pg from "pg";

const WORDS = `learning neural network graph attention transformer diffusion model language vision robust causal
representation optimization gradient stochastic convex bayesian inference variational sparse kernel reinforcement
policy reward agent planning benchmark dataset evaluation scaling pretraining finetuning contrastive self supervised
generative adversarial autoregressive token embedding retrieval question answering summarization translation speech
image video segmentation detection recognition classification regression clustering manifold geometry topology
quantum physics molecule protein chemistry climate forecasting time series anomaly privacy federated fairness
explainability interpretability compression quantization pruning distillation efficient hardware memory latency
theory bound convergence generalization overparameterization lottery ticket normalization residual convolution
recurrent sequence state space mixture experts routing sparse dense multimodal alignment instruction feedback
preference safety adversarial robustness uncertainty calibration ensemble bootstrap hypothesis testing`.split(/\s+/);

const FIRST = `Ada Alan Grace Claude John Marie Emmy Niels Lise Paul Richard Barbara Donald Edsger Frances Kurt Leslie
Margaret Tim Yoshua Geoffrey Yann Fei Daphne Andrew Michael Jennifer Sanjeev Shafi Silvio Cynthia Judea Bernhard
Zoubin David Radford Ilya Oriol Demis Koray Raia Chelsea Sergey Pieter Percy Christopher Dan Noah Emily Timnit`.split(/\s+/);

const LAST = `Lovelace Turing Hopper Shannon Neumann Curie Noether Bohr Meitner Dirac Feynman Liskov Knuth Dijkstra Allen
Godel Lamport Hamilton Berners Bengio Hinton LeCun Li Koller Ng Jordan Widom Arora Goldwasser Micali Dwork Pearl
Scholkopf Ghahramani Blei Neal Sutskever Vinyals Hassabis Kavukcuoglu Hadsell Finn Levine Abbeel Liang Manning
Jurafsky Smith Bender Gebru Garcia Nguyen Kim Park Chen Wang Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Hu Lin`.split(/\s+/);

export const BENCH_PAPERS = 100_000;
export const BENCH_AUTHORS = 30_000;
export const BENCH_ISSUES = 100;
export const BENCH_PICKS_PER_ISSUE = 10;

/** Generates the volume; returns the slug of the newest generated issue, of a draft kept for publishing, and of an author with one pick. */
export async function generateVolume(databaseUrl: string): Promise<{ issueSlug: string; draftSlug: string; authorSlug: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SELECT setseed(0.42)`);
    await client.query(`CREATE TEMP TABLE vocab AS SELECT $1::text[] AS w, $2::text[] AS f, $3::text[] AS l`, [WORDS, FIRST, LAST]);
    await client.query(`
      INSERT INTO "Author" (id, name, "normalizedName", slug, "updatedAt")
      SELECT 'bench-a-' || g, n.name, lower(n.name), lower(replace(n.name, ' ', '-')) || '-' || g, now()
      FROM generate_series(1, ${BENCH_AUTHORS}) g, vocab,
      LATERAL (SELECT f[1 + g % array_length(f, 1)] || ' ' || l[1 + (g / array_length(f, 1)) % array_length(l, 1)] AS name) n`);
    await client.query(`
      INSERT INTO "Paper" (id, "arxivId", "latestVersion", title, abstract, "publishedAt", "arxivUpdatedAt", "primaryCategory",
                           categories, "absUrl", "pdfUrl", "updatedAt")
      SELECT 'bench-p-' || g, x.id, 1 + g % 3, t.title, a.abstract, d.day, d.day + interval '3 days', c.cat, ARRAY[c.cat, 'stat.ML'],
             'https://arxiv.org/abs/' || x.id, 'https://arxiv.org/pdf/' || x.id, now()
      FROM generate_series(1, ${BENCH_PAPERS}) g, vocab,
      LATERAL (SELECT '19' || lpad((1 + (g / 99999) % 12)::text, 2, '0') || '.' || lpad((g % 99999)::text, 5, '0') AS id) x,
      LATERAL (SELECT initcap(string_agg(w[1 + floor(random() * array_length(w, 1))::int + 0 * s], ' ')) AS title
               FROM generate_series(1, 5 + g % 6) s) t,
      LATERAL (SELECT string_agg(w[1 + floor(random() * array_length(w, 1))::int + 0 * s], ' ') || '.' AS abstract
               FROM generate_series(1, 60 + g % 40) s) a,
      LATERAL (SELECT date '2015-01-01' + (g % 2200) AS day) d,
      LATERAL (SELECT (ARRAY['cs.LG','cs.CL','cs.CV','stat.ML','cs.AI'])[1 + g % 5] AS cat) c`);
    await client.query(`
      INSERT INTO "PaperAuthor" ("paperId", "authorId", position)
      SELECT 'bench-p-' || g, 'bench-a-' || (1 + (g * 7 + k * 4999) % ${BENCH_AUTHORS}), k
      FROM generate_series(1, ${BENCH_PAPERS}) g, generate_series(1, 3) k`);
    // Issues from 2012-11 to 2021-02 (before the demo issue), each with 10 picks.
    await client.query(`
      INSERT INTO "Issue" (id, slug, month, title, intro, closing, status, "publishAt", "publishedAt", "updatedAt")
      SELECT 'bench-i-' || i, to_char(m, 'YYYY-MM'), m, 'Our top picks for ' || to_char(m, 'FMMonth YYYY'), d.intro, d.closing,
             'PUBLISHED', m + interval '27 days', m + interval '27 days', now()
      FROM generate_series(1, ${BENCH_ISSUES}) i,
      LATERAL (SELECT (date '2012-11-01' + (i - 1) * interval '1 month')::date AS m) mm,
      LATERAL (SELECT intro, closing FROM "Issue" WHERE slug = '2021-03') d`);
    await client.query(`
      WITH demo AS (
        SELECT array_agg(why ORDER BY position) AS whys, array_agg("keyInsights" ORDER BY position) AS insights FROM "Pick"
        WHERE "issueId" = (SELECT id FROM "Issue" WHERE slug = '2021-03'))
      INSERT INTO "Pick" (id, "issueId", "paperId", position, why, "keyInsights", "paperVersion", "updatedAt")
      SELECT 'bench-k-' || i || '-' || k, 'bench-i-' || i, 'bench-p-' || (1 + (((i - 1) * ${BENCH_PICKS_PER_ISSUE} + k) * 97) % ${BENCH_PAPERS}), k,
             demo.whys[1 + (i + k) % array_length(demo.whys, 1)], demo.insights[1 + (i + k) % array_length(demo.insights, 1)], 1, now()
      FROM generate_series(1, ${BENCH_ISSUES}) i, generate_series(1, ${BENCH_PICKS_PER_ISSUE}) k, demo`);
    await client.query(`
      INSERT INTO "PickTopic" ("pickId", "topicId")
      SELECT p.id, t.id FROM "Pick" p
      JOIN LATERAL (SELECT id FROM "Topic" ORDER BY slug OFFSET (abs(hashtext(p.id)) % (SELECT count(*) FROM "Topic")) LIMIT 1) t ON true
      WHERE p.id LIKE 'bench-k-%'`);
    // A draft the benchmark publishes to measure how long a publish takes to reach readers.
    await client.query(`
      INSERT INTO "Issue" (id, slug, month, title, intro, status, "updatedAt")
      VALUES ('bench-draft', '2030-01', date '2030-01-01', 'A draft published by the benchmark', 'Soon.', 'DRAFT', now())`);
    await client.query(`
      INSERT INTO "Pick" (id, "issueId", "paperId", position, why, "paperVersion", "updatedAt")
      VALUES ('bench-draft-pick', 'bench-draft', 'bench-p-1', 1, 'Published by the benchmark.', 1, now())`);
    await client.query("COMMIT");
    // As a maintained database would be: statistics current and visibility maps set.
    await client.query("VACUUM ANALYZE");
    const newest = await client.query<{ slug: string }>(`SELECT slug FROM "Issue" WHERE id = 'bench-i-${BENCH_ISSUES}'`);
    // A small page under a dynamic segment: an author with one picked paper.
    const author = await client.query<{ slug: string }>(`
      SELECT a.slug FROM "Author" a JOIN "PaperAuthor" pa ON pa."authorId" = a.id JOIN "Pick" p ON p."paperId" = pa."paperId"
      WHERE a.id LIKE 'bench-a-%' GROUP BY a.slug HAVING count(*) = 1 ORDER BY a.slug LIMIT 1`);
    return { issueSlug: newest.rows[0].slug, draftSlug: "2030-01", authorSlug: author.rows[0].slug };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
