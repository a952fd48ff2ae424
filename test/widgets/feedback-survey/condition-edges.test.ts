import { expect } from '@open-wc/testing';
import { conditionHolds, enabledAnswers } from '../../../src/widgets/feedback-survey/conditions.js';
import type { Question, Value } from '../../../src/widgets/feedback-survey/model.js';

// Fixed examples at the edges the property tests in conditions.test.ts reach only by chance.
const qty = (value: number, code?: string): Value => ({ type: 'quantity', value: { value, ...(code ? { code, system: 'http://unitsofmeasure.org' } : {}) } });
const int = (value: number): Value => ({ type: 'integer', value });
const question = (id: string): Question => ({
  id, control: 'number', valueType: 'integer', label: id, required: false, repeats: false, readOnly: false, hidden: false,
  options: [], openChoice: false, enableWhen: [], enableBehavior: 'all', initial: [], children: [],
});

describe('feedback survey: enableWhen edges', () => {
  it('a quantity without a unit compares with one that has a unit (only two known, different units never do)', () => {
    expect(conditionHolds({ question: 'a', operator: '>', answer: qty(70, 'kg') }, [qty(80)])).to.equal(true);
    expect(conditionHolds({ question: 'a', operator: '<', answer: qty(70) }, [qty(60, 'kg')])).to.equal(true);
    expect(conditionHolds({ question: 'a', operator: '=', answer: qty(70) }, [qty(70)])).to.equal(true);
    expect(conditionHolds({ question: 'a', operator: '>', answer: qty(70, 'kg') }, [qty(80, '[lb_av]')])).to.equal(false);
  });

  it('<= and >= hold on equality, < and > do not', () => {
    for (const [operator, expected] of [['<=', true], ['>=', true], ['<', false], ['>', false]] as const) {
      expect(conditionHolds({ question: 'a', operator, answer: int(5) }, [int(5)]), operator).to.equal(expected);
      expect(conditionHolds({ question: 'a', operator, answer: { type: 'date', value: '2026-03-10' } }, [{ type: 'date', value: '2026-03-10' }]), `${operator} date`).to.equal(expected);
    }
  });

  it('a question whose answer list is empty is not submitted', () => {
    expect(enabledAnswers([question('a'), question('b')], { a: [], b: [int(3)] })).to.deep.equal({ b: [int(3)] });
  });
});
