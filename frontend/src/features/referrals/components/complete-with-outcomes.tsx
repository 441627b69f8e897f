import { useState, type FormEvent } from 'react';
import { Field, Problem, fieldError } from '@/components/form';
import type { ReferralView } from '@/lib/types';
import { useChangeReferralStatus, type Wellbeing } from '../api/change-referral-status';

const questions = [
  ['satisfied', 'Satisfied with life'],
  ['worthwhile', 'Things done are worthwhile'],
  ['happy', 'Happy yesterday'],
  ['anxious', 'Anxious yesterday'],
] as const;

type Answers = Record<(typeof questions)[number][0], string>;
const blank: Answers = { satisfied: '', worthwhile: '', happy: '', anxious: '' };
const number = (text: string) => (text.trim() === '' ? null : Number(text));
const filled = (answers: Answers) => Object.values(answers).some((v) => v.trim() !== '');

/** Completes a referral with its outcomes (all optional): ONS4 wellbeing at start and end, GP appointments. */
export function CompleteWithOutcomes({ referral }: { referral: ReferralView }) {
  const [start, setStart] = useState<Answers>(blank);
  const [end, setEnd] = useState<Answers>(blank);
  const [gpBefore, setGpBefore] = useState('');
  const [gpAfter, setGpAfter] = useState('');
  const complete = useChangeReferralStatus();
  const error = complete.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const wellbeing = (answers: Answers) => (filled(answers)
      ? Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, number(v)])) as Wellbeing : null);
    complete.mutate({
      id: referral.id,
      change: {
        status: 'COMPLETED', version: referral.version,
        outcomes: { wellbeingStart: wellbeing(start), wellbeingEnd: wellbeing(end), gpAppointmentsBefore: number(gpBefore), gpAppointmentsAfter: number(gpAfter) },
      },
    });
  }

  const answers = (title: string, key: 'wellbeingStart' | 'wellbeingEnd', values: Answers, set: (a: Answers) => void) => (
    <fieldset>
      <legend>{title} (0–10)</legend>
      <div className="row">
        {questions.map(([q, label]) => (
          <Field key={q} label={label} error={fieldError(error, `outcomes.${key}.${q}`)}>
            {(p) => <input {...p} type="number" min={0} max={10} value={values[q]} onChange={(e) => set({ ...values, [q]: e.target.value })} />}
          </Field>
        ))}
      </div>
    </fieldset>
  );

  return (
    <details className="panel">
      <summary>Complete with outcomes…</summary>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="hint">All optional. The four ONS wellbeing questions, asked at the start and at the end, and GP appointments in the 12 months before and after.</p>
        {answers('Wellbeing at the start', 'wellbeingStart', start, setStart)}
        {answers('Wellbeing at the end', 'wellbeingEnd', end, setEnd)}
        <div className="row">
          <Field label="GP appointments, 12 months before" error={fieldError(error, 'outcomes.gpAppointmentsBefore')}>
            {(p) => <input {...p} type="number" min={0} value={gpBefore} onChange={(e) => setGpBefore(e.target.value)} />}
          </Field>
          <Field label="GP appointments, 12 months after" error={fieldError(error, 'outcomes.gpAppointmentsAfter')}>
            {(p) => <input {...p} type="number" min={0} value={gpAfter} onChange={(e) => setGpAfter(e.target.value)} />}
          </Field>
        </div>
        <Problem error={error} fieldsShown={Object.keys(fieldErrorKeys())} />
        <button type="submit" className="primary">Complete with these outcomes</button>
      </form>
    </details>
  );
}

function fieldErrorKeys(): Record<string, true> {
  const keys: Record<string, true> = { 'outcomes.gpAppointmentsBefore': true, 'outcomes.gpAppointmentsAfter': true };
  for (const key of ['wellbeingStart', 'wellbeingEnd']) for (const [q] of questions) keys[`outcomes.${key}.${q}`] = true;
  return keys;
}
