/**
 * The Làng Số integration: wires the build steps that are not pages. Each step lives in its own
 * module; this file only hands off.
 */
import type { AstroIntegration } from 'astro';

export function langSo(): AstroIntegration {
  return {
    name: 'lang-so',
    hooks: {},
  };
}
