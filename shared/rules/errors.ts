/** Vote data that contradicts itself. The message is Italian because it is shown to the user as is. */
export class RulesInputError extends Error {
  override readonly name = 'RulesInputError';
}
