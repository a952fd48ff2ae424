import { expect } from '@open-wc/testing';
import { PickerDriver } from '../../stories/support/picker-driver.js';

export { adapterPatient, bookThroughAdapter, patientDraft } from '../../stories/support/picker-driver.js';

/**
 * A page object for the picker: tests say what a patient does, not how the shadow DOM is
 * built. The driving itself is the stories' driver (one way to drive the picker); tests add
 * their assertions.
 */
export class PickerPage extends PickerDriver {
  async expectAccessible(): Promise<void> {
    await expect(this.el).to.be.accessible();
  }
}
