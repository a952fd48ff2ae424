import { expect } from '@open-wc/testing';
import { fc } from '../../support/property.js';
import { conditionHolds, conditionsHold, enabledAnswers, enabledIds, valuesEqual } from '../../../src/widgets/feedback-survey/conditions.js';
import type { Condition, Question, Value } from '../../../src/widgets/feedback-survey/model.js';

const q = (id: string, enableWhen: Condition[] = [], enableBehavior: 'all' | 'any' = 'all', children: Question[] = []): Question => ({
  id,
  control: 'text',
  valueType: 'string',
  label: id,
  required: false,
  repeats: false,
  readOnly: false,
  hidden: false,
  options: [],
  openChoice: false,
  enableWhen,
  enableBehavior,
  initial: [],
  children,
});

const int = (value: number): Value => ({ type: 'integer', value });
const dec = (value: number): Value => ({ type: 'decimal', value });
const str = (value: string): Value => ({ type: 'string', value });
const bool = (value: boolean): Value => ({ type: 'boolean', value });
const date = (value: string): Value => ({ type: 'date', value });
const coding = (code: string, system = 'http://loinc.org'): Value => ({ type: 'coding', value: { system, code } });
const qty = (value: number, code = 'kg'): Value => ({ type: 'quantity', value: { value, code, system: 'http://unitsofmeasure.org' } });
const when = (operator: Condition['operator'], answer: Value, question = 'a'): Condition => ({ question, operator, answer });

describe('feedback survey: enableWhen evaluator', () => {
  describe('every operator on every answer type', () => {
    const cases: Array<[string, Condition, readonly Value[] | undefined, boolean]> = [
      ['exists true, answered', when('exists', bool(true)), [str('x')], true],
      ['exists true, unanswered', when('exists', bool(true)), undefined, false],
      ['exists false, unanswered', when('exists', bool(false)), [], true],
      ['exists false, answered', when('exists', bool(false)), [int(1)], false],
      ['= boolean', when('=', bool(true)), [bool(true)], true],
      ['= boolean (other)', when('=', bool(true)), [bool(false)], false],
      ['!= boolean', when('!=', bool(true)), [bool(false)], true],
      ['= integer vs decimal', when('=', dec(3)), [int(3)], true],
      ['!= integer', when('!=', int(3)), [int(4)], true],
      ['> integer', when('>', int(6)), [int(7)], true],
      ['> integer (equal)', when('>', int(6)), [int(6)], false],
      ['< decimal', when('<', dec(37.5)), [dec(36.6)], true],
      ['>= integer (equal)', when('>=', int(9)), [int(9)], true],
      ['<= integer', when('<=', int(6)), [int(7)], false],
      ['= string', when('=', str('other')), [str('other')], true],
      ['< string', when('<', str('b')), [str('a')], true],
      ['= date', when('=', date('2026-03-10')), [date('2026-03-10')], true],
      ['> date', when('>', date('2026-03-10')), [date('2026-04-01')], true],
      ['<= dateTime', when('<=', { type: 'dateTime', value: '2026-03-10T10:00:00Z' }), [{ type: 'dateTime', value: '2026-03-10T09:00:00Z' }], true],
      ['>= time', when('>=', { type: 'time', value: '08:00:00' }), [{ type: 'time', value: '07:59:00' }], false],
      ['= coding by system and code', when('=', coding('LA6569-3')), [coding('LA6569-3')], true],
      ['= coding, other system', when('=', coding('LA6569-3')), [coding('LA6569-3', 'urn:other')], false],
      ['= coding without system', when('=', { type: 'coding', value: { code: 'x' } }), [coding('x')], true],
      ['!= coding', when('!=', coding('LA6568-5')), [coding('LA6569-3')], true],
      ['> coding is never ordered', when('>', coding('a')), [coding('b')], false],
      ['> boolean is never ordered', when('>', bool(false)), [bool(true)], false],
      ['= quantity', when('=', qty(70)), [qty(70)], true],
      ['> quantity, same unit', when('>', qty(70)), [qty(80)], true],
      ['> quantity, other unit', when('>', qty(70)), [qty(80, '[lb_av]')], false],
      ['= uri', when('=', { type: 'uri', value: 'https://x.example' }), [{ type: 'uri', value: 'https://x.example' }], true],
      ['= any of several answers', when('=', str('b')), [str('a'), str('b')], true],
      ['!= when one of several equals', when('!=', str('b')), [str('a'), str('b')], false],
      ['= without answer', when('=', str('b')), undefined, false],
      ['!= without answer', when('!=', str('b')), undefined, false],
      ['< without answer', when('<', int(3)), [], false],
      // Strict R4 typing: a value only ever equals a value of its own type.
      ['= string never equals a coding (answerString "2" vs code 2)', when('=', str('2')), [coding('2')], false],
      ['= coding never equals a string', when('=', coding('2')), [str('2')], false],
      ['!= string vs a coding: nothing equals', when('!=', str('2')), [coding('2')], true],
      ['= string never equals a date', when('=', str('2026-03-10')), [date('2026-03-10')], false],
      ['< string never orders against a date', when('<', str('2026-04-01')), [date('2026-03-10')], false],
      ['= string never equals a boolean', when('=', str('true')), [bool(true)], false],
    ];
    for (const [name, condition, answers, expected] of cases) {
      it(`${name} → ${expected}`, () => expect(conditionHolds(condition, answers)).to.equal(expected));
    }
  });

  describe('enableBehavior', () => {
    const two = [when('=', str('yes'), 'a'), when('>', int(5), 'b')];
    it('all: every condition must hold', () => {
      expect(conditionsHold({ enableWhen: two, enableBehavior: 'all' }, { a: [str('yes')], b: [int(6)] })).to.equal(true);
      expect(conditionsHold({ enableWhen: two, enableBehavior: 'all' }, { a: [str('yes')], b: [int(5)] })).to.equal(false);
    });
    it('any: one condition is enough', () => {
      expect(conditionsHold({ enableWhen: two, enableBehavior: 'any' }, { a: [str('no')], b: [int(6)] })).to.equal(true);
      expect(conditionsHold({ enableWhen: two, enableBehavior: 'any' }, { a: [str('no')], b: [int(1)] })).to.equal(false);
    });
  });

  describe('chains and nesting', () => {
    const items = [q('a'), q('b', [when('=', str('yes'), 'a')]), q('c', [when('exists', bool(true), 'b')]), q('g', [when('=', str('yes'), 'a')], 'all', [q('g1')])];
    it('a question enabled by a disabled question is disabled too, and children follow their group', () => {
      const enabled = enabledIds(items, { a: [str('no')], b: [str('kept in memory')] });
      expect([...enabled].sort()).to.deep.equal(['a']);
      expect([...enabledIds(items, { a: [str('yes')], b: [str('x')] })].sort()).to.deep.equal(['a', 'b', 'c', 'g', 'g1']);
    });
    it('answers of disabled questions are not submitted', () => {
      expect(enabledAnswers(items, { a: [str('no')], b: [str('x')], g1: [str('y')] })).to.deep.equal({ a: [str('no')] });
    });
    it('a cycle in a bad definition settles instead of hanging: its questions are disabled, the others are not', () => {
      // x shows when y is unanswered and y when x is: no answer set is consistent, so neither is shown.
      const cyclic = [q('x', [when('exists', bool(false), 'y')]), q('y', [when('exists', bool(false), 'x')]), q('z'), q('w', [when('=', str('yes'), 'z')])];
      expect([...enabledIds(cyclic, { x: [str('1')], y: [str('2')], z: [str('yes')] })].sort()).to.deep.equal(['w', 'z']);
      // With neither answered, both conditions hold: both are shown.
      expect([...enabledIds(cyclic, { z: [str('no')] })].sort()).to.deep.equal(['x', 'y', 'z']);
      expect(enabledAnswers(cyclic, { x: [str('1')], y: [str('2')], z: [str('no')] })).to.deep.equal({ z: [str('no')] });
    });
  });

  describe('properties', () => {
    const scalar = fc.oneof(
      fc.integer({ min: -50, max: 50 }).map(int),
      fc.double({ min: -50, max: 50, noNaN: true }).map(dec),
      fc.constantFrom('a', 'b', 'c').map(str),
      fc.boolean().map(bool),
      fc.constantFrom('x', 'y', 'z').map((c) => coding(c)),
      fc.constantFrom('2026-01-01', '2026-06-15', '2027-01-01').map(date),
      fc.integer({ min: 0, max: 200 }).map((n) => qty(n)),
    );
    const answersArb = fc.array(scalar, { maxLength: 4 });

    it('exists true ⇔ the question has an answer; exists false is its negation', () => {
      fc.assert(
        fc.property(answersArb, (answers) => {
          expect(conditionHolds(when('exists', bool(true)), answers)).to.equal(answers.length > 0);
          expect(conditionHolds(when('exists', bool(false)), answers)).to.equal(answers.length === 0);
        }),
      );
    });

    it('with an answer, = and != are complements; without one, both are false', () => {
      fc.assert(
        fc.property(answersArb, scalar, (answers, value) => {
          const eq = conditionHolds(when('=', value), answers);
          const ne = conditionHolds(when('!=', value), answers);
          if (answers.length) expect(eq).to.equal(!ne);
          else expect(eq || ne).to.equal(false);
        }),
      );
    });

    it('for one number, > and <= are complements, as are < and >=', () => {
      fc.assert(
        fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (a, b) => {
          expect(conditionHolds(when('>', dec(b)), [dec(a)])).to.equal(!conditionHolds(when('<=', dec(b)), [dec(a)]));
          expect(conditionHolds(when('<', dec(b)), [dec(a)])).to.equal(!conditionHolds(when('>=', dec(b)), [dec(a)]));
        }),
      );
    });

    it('orderings agree with each other: > is < swapped, >= is > or =', () => {
      fc.assert(
        fc.property(scalar, scalar, (a, b) => {
          expect(conditionHolds(when('>', b), [a])).to.equal(conditionHolds(when('<', a), [b]));
          const ge = conditionHolds(when('>=', b), [a]);
          if (ge) expect(conditionHolds(when('>', b), [a]) || conditionHolds(when('=', b), [a])).to.equal(true);
        }),
      );
    });

    it('equality is symmetric and reflexive', () => {
      fc.assert(
        fc.property(scalar, scalar, (a, b) => {
          expect(valuesEqual(a, a)).to.equal(true);
          expect(valuesEqual(a, b)).to.equal(valuesEqual(b, a));
        }),
      );
    });

    it('the order of answers does not matter', () => {
      const op = fc.constantFrom('exists', '=', '!=', '>', '<', '>=', '<=' as const);
      fc.assert(
        fc.property(answersArb, scalar, op, (answers, value, operator) => {
          const c = when(operator, operator === 'exists' ? bool(true) : value);
          expect(conditionHolds(c, [...answers].reverse())).to.equal(conditionHolds(c, answers));
        }),
      );
    });

    it('all ⇒ any; with one condition they agree; with none the question is enabled', () => {
      const cond = fc.record({ question: fc.constantFrom('a', 'b'), operator: fc.constantFrom('exists', '=', '!=', '>', '<', '>=', '<=' as const), answer: scalar });
      fc.assert(
        fc.property(fc.array(cond, { maxLength: 4 }), answersArb, answersArb, (conds, a, b) => {
          const answers = { a, b };
          const all = conditionsHold({ enableWhen: conds, enableBehavior: 'all' }, answers);
          const any = conditionsHold({ enableWhen: conds, enableBehavior: 'any' }, answers);
          if (!conds.length) expect(all && any).to.equal(true);
          else if (all) expect(any).to.equal(true);
          if (conds.length === 1) expect(all).to.equal(any);
        }),
      );
    });

    it('answers outside the enabled set never reach the submission, and changing them changes nothing else', () => {
      const items = [q('a'), q('b', [when('=', str('a'), 'a')]), q('c', [when('exists', bool(true), 'b')], 'any')];
      fc.assert(
        fc.property(answersArb, answersArb, answersArb, answersArb, (a, b, c, b2) => {
          const kept = enabledAnswers(items, { a, b, c });
          const enabled = enabledIds(items, { a, b, c });
          for (const id of Object.keys(kept)) expect(enabled.has(id)).to.equal(true);
          if (!enabled.has('b')) expect(enabledAnswers(items, { a, b: b2, c })).to.deep.equal(kept);
        }),
      );
    });
  });
});
