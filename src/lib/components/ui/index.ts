export { default as TextField } from './TextField.svelte';
export { default as ErrorSummary } from './ErrorSummary.svelte';
