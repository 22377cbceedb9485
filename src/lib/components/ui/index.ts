export { default as TextField } from './TextField.svelte';
export { default as ErrorSummary } from './ErrorSummary.svelte';
export { default as DataText } from './DataText.svelte';
export { dataLang, dataParts } from './data-lang';
