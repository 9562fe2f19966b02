/**
 * Tokens estimated, not counted: one per four characters, rounded up (OpenAI's rule of thumb for English
 * text with its tokenizers), plus 4 per chat message for the role and separators (the overhead its
 * cookbook counts per message). We ship no tokenizer: the model behind us, if any, may use another, and an
 * extractive answer has no model at all. Good for budgets and dashboards, not for billing.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Estimated `usage` for a completion: the request's messages in, the answer out. */
export function estimateUsage(messages: { content: string }[], answer: string): { prompt_tokens: number; completion_tokens: number; total_tokens: number } {
  const prompt = messages.reduce((sum, message) => sum + 4 + estimateTokens(message.content), 0);
  const completion = estimateTokens(answer);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}
