import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './support/snippet-generator.js';

/** The script-tag snippet for a practice website, written for the options you choose. */
const meta = {
  title: 'Embedding/Snippet generator',
  tags: ['autodocs'],
  render: () => html`<fd-story-snippet-generator></fd-story-snippet-generator>`,
} satisfies Meta;
export default meta;

export const Generator = {} satisfies StoryObj;
