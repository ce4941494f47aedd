/**
 * What the build gives the app about a provider's own copy (scripts/provider-plugin.ts; the file's
 * shape: rules/provider.schema.ts). Declarations only. An ambient module cannot `import` a
 * relative path, so the types are named with `import()` types (the lint rule's one exception).
 */
/* eslint-disable @typescript-eslint/consistent-type-imports -- see above */

/** True when the build had a provider file; false drops its lazy import from the bundle. */
declare const __POS_PROVIDER__: boolean;

/** The whole file as checked, or null: imported lazily by infra/provider.ts only. */
declare module 'virtual:pos-rescue/provider' {
  const provider: import('../rules/provider.schema').ProviderInfo | null;
  export default provider;
}

/** The one-line welcome of the home screen, or null: the only part on the first path. */
declare module 'virtual:pos-rescue/provider-welcome' {
  const welcome: NonNullable<import('../rules/provider.schema').ProviderInfo['welcome']> | null;
  export default welcome;
}
