import { EraseEverything } from '@/features/shared/EraseEverything';

/**
 * A forgotten phone code cannot be recovered (nothing stores it), so the only way back into Relais
 * is to start again: asked twice, saying what is lost and what is not (a filed dossier stays at
 * the prefecture). The page reloads on a device that asks, as on a first start, how it is used.
 */
export function ForgottenCode() {
  return <EraseEverything ns="lock" keyPrefix="owner.forgot" openVariant="link" headingLevel={2} />;
}
