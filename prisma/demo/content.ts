/**
 * Demo issue 2021-03: nine picks in the order of the reference issue, with commentary written for
 * Picks (see the README: demo content). Paper metadata comes from the Atom files in ./arxiv.
 */

export type DemoPick = {
  arxivId: string;
  why: string;
  keyInsights: string;
  topics: string[];
  figure?: { url: string; mimeType: string; width: number; height: number; alt: string; caption: string; sourceCredit: string };
};

export const demoIssue = {
  slug: "2021-03",
  title: "Our top picks for March 2021",
  publishedAt: new Date("2021-03-31T09:00:00Z"),
  intro: String.raw`Every month thousands of new papers land on arXiv, and nobody can read them all. These are the nine
from February and March that our curators kept coming back to: papers that open a direction, settle an
argument, or are simply a pleasure to read.

The selection is opinionated on purpose. Disagree with us? Good, tell us which paper we missed.`,
  closing: String.raw`That is all for March. Next month we look at what happened to the ideas above once other groups
tried to reproduce them. Until then, happy reading.`,
};

export const demoPicks: DemoPick[] = [
  {
    arxivId: "2102.07074",
    topics: ["Transformers", "Generative models"],
    why: String.raw`Convolutions were the last component standing in image GANs. This paper removes them entirely
and shows that a GAN built from nothing but Transformer blocks can be trained to competitive quality —
once you know which knobs to turn.`,
    keyInsights: String.raw`A pure Transformer GAN is *unstable* out of the box. The authors make it work with a small
set of changes:

- **Data augmentation** matters much more than it does for convolutional GANs.
- An auxiliary **super-resolution task** for the generator adds a useful training signal.
- **Locality-aware initialisation** of self-attention: each token first attends to its neighbours, and the
  window widens as training proceeds.

The last trick re-introduces exactly the prior that convolutions encode, which is itself a finding worth
remembering.`,
  },
  {
    arxivId: "2102.01293",
    topics: ["Scaling laws", "Transfer learning"],
    why: String.raw`Pre-train, then fine-tune is how most models are built today, yet the value of pre-training is
usually described in anecdotes. This paper measures it, in units of data.`,
    keyInsights: String.raw`The *effective data transferred* $D_T$ is the amount of extra fine-tuning data a model
trained from scratch would need to match the pre-trained one. Across model sizes $N$ and fine-tuning set
sizes $D_F$ it follows a simple power law:

$$
D_T = k \, (D_F)^{\alpha} \, (N)^{\beta}
$$

Pre-training acts like a multiplier on your fine-tuning data, and the multiplier grows with model size.
The experiments cover only English text to Python code, so the exponents should not be carried over to
other domains without checking.`,
    figure: {
      url: "/figures/demo/effective-data-transfer.svg",
      mimeType: "image/svg+xml",
      width: 640,
      height: 400,
      alt: "Two loss curves against fine-tuning dataset size; the horizontal gap between the pre-trained and the from-scratch curve is labelled effective data transferred.",
      caption: "Effective data transferred is the horizontal gap between the two curves at equal loss.",
      sourceCredit: "Picks illustration, redrawn after Hernandez et al. (2021)",
    },
  },
  {
    arxivId: "2102.00176",
    topics: ["NLP", "Science of science"],
    why: String.raw`Reviewing load is one of the sore points of modern ML research. Rather than asking whether a
model *could* review papers, the authors build one and evaluate it honestly, aspect by aspect.`,
    keyInsights: String.raw`Generated reviews cover more aspects of a paper than typical human reviews, but they are
less constructive and occasionally state things that are simply false. The evaluation framework is the
lasting contribution; it scores a review along separate axes:

1. decisiveness — does it reach a clear recommendation?
2. comprehensiveness — which aspects of the paper does it cover?
3. justification — are the claims backed by specifics?
4. accuracy — does the summary match the paper?

Conclusion: useful as a first-pass assistant, not as a reviewer.`,
  },
  {
    arxivId: "2102.10106",
    topics: ["Self-supervised learning"],
    why: String.raw`Contrastive methods usually treat a sample's nearest neighbours with suspicion. This work does
the opposite — it *mines* neighbours as positive views — and the idea holds up.`,
    keyInsights: String.raw`Instead of only augmenting a sample to create a second view, the method looks up a
nearby sample in representation space and predicts it. The approach came out of decoding neural activity
recordings, where good hand-crafted augmentations do not exist, and transfers to images. A nice example of
ideas crossing from neuroscience back into machine learning.`,
  },
  {
    arxivId: "2102.12092",
    topics: ["Generative models", "Multimodal"],
    why: String.raw`Text-to-image generation as plain language modelling: caption tokens followed by image tokens,
one autoregressive Transformer, and a lot of scale. The samples speak for themselves.`,
    keyInsights: String.raw`A discrete VAE compresses each image to a $32 \times 32$ grid of tokens from a vocabulary
of 8192, so an image becomes a "sentence" of $1024$ words. A 12-billion-parameter Transformer then models
the joint sequence of text and image tokens. At sampling time, candidates are re-ranked with a
contrastive image–text model.

The engineering (mixed precision at this scale, sharded training) is described in unusual detail and is
worth reading on its own.`,
  },
  {
    arxivId: "2102.11107",
    topics: ["Causality"],
    why: String.raw`A clear map of where causal inference and representation learning meet, and why the i.i.d.
assumption is the thing standing between today's models and robust generalisation.`,
    keyInsights: String.raw`The paper orders models by what they can answer: statistical models predict, causal
graphical models also handle interventions, and structural causal models support counterfactuals. It
then asks how high-level causal variables could be *learned* from raw observations, and what that would
buy for semi-supervised learning, robustness and reinforcement learning. A good entry point for anyone
new to the area.`,
  },
  {
    arxivId: "2102.06171",
    topics: ["Optimization", "Computer vision"],
    why: String.raw`Batch normalisation is everywhere, and costly. This paper trains state-of-the-art image
classifiers without any normalisation layer at all.`,
    keyInsights: String.raw`The key ingredient is **adaptive gradient clipping** (AGC): clip each unit's gradient
$G_i$ relative to the norm of its weights $W_i$ rather than to a fixed threshold,

$$
G_i \leftarrow
\begin{cases}
\lambda \dfrac{\lVert W_i \rVert^\star}{\lVert G_i \rVert} G_i & \text{if } \dfrac{\lVert G_i \rVert}{\lVert W_i \rVert^\star} > \lambda, \\
G_i & \text{otherwise.}
\end{cases}
$$

AGC makes training stable at large batch sizes and strong augmentation. The comparisons favour the
authors' setting, so expect the follow-up work to test the claims further.`,
  },
  {
    arxivId: "2102.11090",
    topics: ["Transformers", "NLP"],
    why: String.raw`Self-attention ignores order, so every Transformer bolts position information on somehow — and
there are dozens of ways to do it. This survey finally puts them side by side.`,
    keyInsights: String.raw`The overview classifies methods by *where* position enters (added to embeddings or inside
the attention matrix), *what* it encodes (absolute or relative, sequences or graphs), and whether it is
learned. It does not add new results, but it is the reference to hand to someone asking "which
positional encoding should I use?"`,
  },
  {
    arxivId: "2102.07033",
    topics: ["Question answering", "NLP"],
    why: String.raw`If you could anticipate every question a corpus can answer, you would only need to look answers
up. This paper generates 65 million such questions and shows how far that gets you.`,
    keyInsights: String.raw`Open-domain QA systems usually retrieve passages and then read them, which is expensive
per question. Here the corpus is turned into question–answer pairs ahead of time, and answering becomes
nearest-neighbour search over questions: orders of magnitude faster, with competitive accuracy. The
retriever's confidence is well calibrated, so it can hand hard questions to a slower retriever-reader
system.`,
  },
];
