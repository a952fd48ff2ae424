/** The simulated front-desk agent of the fictional practice, and what she says (no medical advice). */
export const chatAgent = 'Maria (front desk)';

export const chatReplies: readonly string[] = [
  'Hi, this is Maria at the front desk of Desert Sage Health. How can I help you today?',
  'Thanks! Let me check that for you.',
  'You can book a visit online with the "Book a visit" button below, or I can help you find a time.',
  'Walk-ins are welcome at all three sites; the current wait is shown on our home page.',
  'For questions about your own health, please call us or book a visit so a clinician can help.',
  'Is there anything else I can help you with?',
];
