import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { DateField } from '@/ui/DateField';
import { freshRootPerTest } from './support/testRoot';

const mounted = freshRootPerTest();
const partLabels = { day: 'Jour', month: 'Mois', year: 'Année' };

/** Types into a controlled React input as a browser does: the native setter, then an input event. */
function type(input: HTMLInputElement, text: string): void {
  act(() => {
    // React tracks the value it set; only the prototype's setter makes the change visible to it.
    Reflect.set(HTMLInputElement.prototype, 'value', text, input);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function boxes(): { day: HTMLInputElement; month: HTMLInputElement; year: HTMLInputElement } {
  const [day, month, year] = Array.from(mounted.container.querySelectorAll('input'));
  if (!day || !month || !year) throw new Error('three boxes expected');
  return { day, month, year };
}

/** The field fed back from a store, as a document's date is: the value comes back later, saved. */
function render(value: string, sent: string[]): void {
  act(() => mounted.root.render(<DateField label="Date du justificatif" partLabels={partLabels} value={value} onChange={(v) => sent.push(v)} />));
}

describe('DateField: day / month / year boxes fed back from a store', () => {
  it('a late echo of the day, arriving after the month was typed, does not empty the month', () => {
    const sent: string[] = [];
    render('', sent);
    type(boxes().day, '28');
    type(boxes().month, '11');
    // The save of "day only" lands now, after the month was typed (a slow write on a busy phone).
    render('--28', sent);
    expect(boxes().month.value).toBe('11');
    type(boxes().year, '2026');
    expect(sent.at(-1)).toBe('2026-11-28');
    render('2026-11-28', sent);
    expect([boxes().day.value, boxes().month.value, boxes().year.value]).toEqual(['28', '11', '2026']);
  });

  it('a value from elsewhere (another tab, a reset) fills the boxes', () => {
    const sent: string[] = [];
    render('', sent);
    type(boxes().day, '3');
    render('1990-04-12', sent);
    expect([boxes().day.value, boxes().month.value, boxes().year.value]).toEqual(['12', '04', '1990']);
    render('', sent);
    expect([boxes().day.value, boxes().month.value, boxes().year.value]).toEqual(['', '', '']);
  });
});
