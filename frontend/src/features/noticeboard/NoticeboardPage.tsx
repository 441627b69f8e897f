import { useState, type FormEvent } from 'react';
import { Field, Loading, Problem, fieldError } from '../../components/Form';
import { api } from '../../lib/api';
import { localityTopic } from '../../lib/live';
import { postNews } from '../../lib/liveMessages';
import { dateTime } from '../../lib/format';
import { useSession } from '../../lib/session';
import type { OrganiserView, Page, PostKind, PostThread, PostView } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';
import { useLive, useResync } from '../../lib/useLive';
import { allLocalities, useCountyNews } from '../directory/venues';

const kindNames: Record<PostKind, string> = { OFFER: 'Offer', ASK: 'Ask', NEWS: 'News' };

/** The providers' noticeboard: offers, asks and news, new posts and replies appearing live. */
export function NoticeboardPage() {
  const { user } = useSession();
  const [kind, setKind] = useState('');
  const [locality, setLocality] = useState('');
  const [status, setStatus] = useState('OPEN');
  const localities = useAsync(() => allLocalities(), []);
  const posts = useAsync(() => api.get<Page<PostView>>('/api/posts', { kind, locality, status, size: 50 }), [kind, locality, status]);
  useCountyNews((message) => {
    if (postNews(message)) void posts.reload();
  });
  useResync(() => void posts.reload());
  const mayPost = user?.role === 'PROVIDER' || user?.role === 'FACILITATOR' || user?.role === 'ADMIN';

  return (
    <section>
      <h1>Noticeboard</h1>
      <p className="lead">Where providers meet: spare places, things needed, news. Everyone signed in reads and replies.</p>
      {mayPost && <NewPost onPosted={() => void posts.reload()} />}
      <div className="toolbar">
        <label>Kind <select value={kind} onChange={(e) => setKind(e.target.value)}><option value="">All</option><option value="OFFER">Offers</option><option value="ASK">Asks</option><option value="NEWS">News</option></select></label>
        <label>Place <select value={locality} onChange={(e) => setLocality(e.target.value)}><option value="">Everywhere</option>{(localities.data ?? []).map((l) => <option key={l.code} value={l.code}>{l.name}</option>)}</select></label>
        <label>Showing <select value={status} onChange={(e) => setStatus(e.target.value)}><option value="OPEN">Open</option><option value="CLOSED">Closed</option><option value="ALL">All</option></select></label>
      </div>
      <Problem error={posts.error} />
      {posts.loading && !posts.data && <Loading />}
      {posts.data?.items.length === 0 && <p>Nothing here yet.</p>}
      <ol className="cards">
        {(posts.data?.items ?? []).map((post) => <PostCard key={post.id} post={post} />)}
      </ol>
    </section>
  );
}

function PostCard({ post }: { post: PostView }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="card post" data-testid="post">
      <h2 className="h3"><span className={`badge kind-${post.kind.toLowerCase()}`}>{kindNames[post.kind]}</span> {post.title}</h2>
      <p className="meta">{post.author.name} · {dateTime(post.createdAt)}{post.locality && ` · ${post.locality.name}`}{post.about.name && ` · about ${post.about.name}`}{post.status === 'CLOSED' && ' · closed'}</p>
      <p>{post.text}</p>
      {post.topics.length > 0 && <p className="badges">{post.topics.map((t) => <span className="badge badge-soft" key={t}>#{t}</span>)}</p>}
      <button type="button" className="small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide replies' : `Replies (${post.replyCount})`}<span className="visually-hidden"> to {post.title}</span>
      </button>
      {open && <Thread id={post.id} closed={post.status === 'CLOSED'} />}
    </li>
  );
}

function Thread({ id, closed }: { id: string; closed: boolean }) {
  const thread = useAsync(() => api.get<PostThread>(`/api/posts/${id}`), [id]);
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>();
  useLive(thread.data?.locality ? localityTopic(thread.data.locality.code) : null, (message) => {
    if (message.type === 'post.replied' && postNews(message)?.postId === id) void thread.reload();
  });

  async function reply(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      await api.post(`/api/posts/${id}/replies`, { text });
      setText('');
      await thread.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  if (!thread.data) return <Loading />;
  return (
    <div className="thread">
      <ol>{thread.data.replies.map((r) => <li key={r.id}><strong>{r.author.name}</strong> <small>{dateTime(r.createdAt)}</small><p>{r.text}</p></li>)}</ol>
      {!closed && (
        <form onSubmit={reply} className="stack">
          <Field label="Your reply" error={fieldError(error, 'text')}>{(p) => <textarea {...p} required value={text} onChange={(e) => setText(e.target.value)} />}</Field>
          <Problem error={error} fieldsShown={['text']} />
          <button type="submit" className="small primary">Reply</button>
        </form>
      )}
    </div>
  );
}

function NewPost({ onPosted }: { onPosted: () => void }) {
  const { user } = useSession();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<PostKind>('OFFER');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [topics, setTopics] = useState('');
  const [about, setAbout] = useState('');
  const [error, setError] = useState<unknown>();
  const provider = user?.role === 'PROVIDER';
  const choices = useAsync(async () => {
    if (provider) {
      const me = await api.get<OrganiserView>(`/api/organisers/${user?.actsAs?.id}`);
      return me.groups.map((g) => ({ value: `GROUP:${g.groupId}`, label: g.groupName }));
    }
    return (await allLocalities()).map((l) => ({ value: `LOCALITY:${l.id}`, label: l.name }));
  }, [provider]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const [aboutKind, aboutId] = (about || choices.data?.[0]?.value || ':').split(':');
    try {
      await api.post('/api/posts', {
        kind, title, text, topics: topics.split(/[\s,]+/).map((t) => t.trim().toLowerCase().replace(/^#/, '')).filter(Boolean),
        about: { kind: aboutKind, id: aboutId },
      });
      setTitle(''); setText(''); setTopics(''); setOpen(false);
      onPosted();
    } catch (caught) {
      setError(caught);
    }
  }

  if (!open) return <p><button type="button" className="primary" onClick={() => setOpen(true)}>New post</button></p>;
  return (
    <form className="panel stack" onSubmit={submit} aria-label="New post">
      <div className="row">
        <Field label="Kind" error={fieldError(error, 'kind')}>
          {(p) => <select {...p} value={kind} onChange={(e) => setKind(e.target.value as PostKind)}><option value="OFFER">Offer</option><option value="ASK">Ask</option><option value="NEWS">News</option></select>}
        </Field>
        <Field label="About" error={fieldError(error, 'about') ?? fieldError(error, 'about.id')}>
          {(p) => <select {...p} value={about} onChange={(e) => setAbout(e.target.value)}>{(choices.data ?? []).map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}</select>}
        </Field>
      </div>
      <Field label="Title" error={fieldError(error, 'title')}>{(p) => <input {...p} required value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
      <Field label="Text" error={fieldError(error, 'text')}>{(p) => <textarea {...p} required rows={3} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
      <Field label="Topics" hint="1–5 tags, e.g. venues walking" error={fieldError(error, 'topics')}>{(p) => <input {...p} required value={topics} onChange={(e) => setTopics(e.target.value)} />}</Field>
      <Problem error={error} fieldsShown={['kind', 'title', 'text', 'topics', 'about', 'about.id']} />
      <div className="actions"><button type="submit" className="primary">Post</button><button type="button" onClick={() => setOpen(false)}>Cancel</button></div>
    </form>
  );
}
