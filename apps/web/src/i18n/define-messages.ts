/**
 * One folder's texts in every language. zh-CN is the source of the keys: en-US must translate each
 * of them and may add none — a missing or a stray key does not compile. `{name}` marks a parameter.
 */
export function defineMessages<ZhCN extends Record<string, string>>(messages: {
  'zh-CN': ZhCN;
  'en-US': NoInfer<Record<keyof ZhCN, string>>;
}) {
  return messages;
}
