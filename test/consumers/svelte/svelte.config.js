// The app's Svelte options: Svelte 5 defaults (runes; TypeScript in `<script lang="ts">` is stripped by the compiler).
export default {};
