import { useEffect, useState, type FormEvent } from 'react';
import { Field, Loading, Problem, fieldError } from '@/components/form';
import { useChangeSettings } from '../api/change-settings';
import { useNotificationSettings, type Choice } from '../api/get-settings';

const kindNames: Record<Choice['kind'], string> = {
  REFERRAL_ARRIVED: 'A referral arrives for my group',
  REFERRAL_STATUS_CHANGED: 'A referral moves on (accepted, declined, completed, withdrawn)',
  REFERRED_ON: 'Someone I referred is referred on',
  INTRODUCTION_ASKED: 'Someone asks to be introduced to me',
  INTRODUCTION_ANSWERED: 'An introduction I asked for is answered',
  SESSION_CHANGED: 'A session is cancelled or changed where I have referred someone',
  POST_REPLY: 'A reply to my noticeboard post',
  GATHERING_INVITATION: 'My group is invited to a gathering',
  LISTING_REMINDER: 'A listing of mine needs checking',
};

const deliveryNames: Record<Choice['delivery'], string> = {
  AT_ONCE: 'At once', DAILY_DIGEST: 'Daily digest', OFF: 'Not by mail',
};

/** Where mails go, and per kind: at once, in the daily digest, or not by mail (the centre always shows it). */
export function NotificationSettingsForm() {
  const settings = useNotificationSettings();
  const change = useChangeSettings();
  const [email, setEmail] = useState('');
  const [choices, setChoices] = useState<Choice[]>([]);

  useEffect(() => {
    if (settings.data) {
      setEmail(settings.data.email ?? '');
      setChoices(settings.data.choices);
    }
  }, [settings.data]);

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate({ email: email.trim() || null, choices, digestHour: null });
  }

  if (!settings.data) return <><Problem error={settings.error} /><Loading /></>;
  return (
    <form onSubmit={submit} aria-labelledby="settings-heading">
      <h1 id="settings-heading">How I hear of things</h1>
      <p>Everything shows in your notifications here. By mail, choose for each kind: at once, in a daily digest
        (at {settings.data.digestHour ?? 7}:00), or not at all.</p>
      <Field label="My email address" error={fieldError(change.error, 'email')} hint="Leave empty for no mails.">
        {(props) => <input {...props} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <table>
        <caption>By mail</caption>
        <thead><tr><th scope="col">When</th><th scope="col">How</th></tr></thead>
        <tbody>
          {choices.map((choice) => (
            <tr key={choice.kind}>
              <th scope="row">{kindNames[choice.kind]}</th>
              <td>
                <select aria-label={kindNames[choice.kind]} value={choice.delivery}
                  onChange={(e) => setChoices(choices.map((c) => c.kind === choice.kind
                    ? { ...c, delivery: e.target.value as Choice['delivery'] } : c))}>
                  {(Object.keys(deliveryNames) as Choice['delivery'][]).map((d) => <option key={d} value={d}>{deliveryNames[d]}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Problem error={change.error} fieldsShown={['email']} />
      {change.isSuccess && <p role="status">Saved.</p>}
      <button type="submit" disabled={change.isPending}>Save</button>
    </form>
  );
}
