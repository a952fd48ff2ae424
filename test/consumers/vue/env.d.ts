import 'frontdesk-widgets/types/vue';
