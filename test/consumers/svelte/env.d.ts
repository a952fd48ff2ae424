import 'frontdesk-widgets/types/svelte';
