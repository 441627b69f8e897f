import { useState, type FormEvent } from 'react';
import { Field, Loading, Problem, fieldError } from '@/components/form';
import { dateTime } from '@/lib/format';
import { countyTopics } from '@/lib/live';
import { useSession } from '@/lib/session';
import type { LocalityView, PostKind, PostView } from '@/lib/types';
import { useCreatePost } from '../api/create-post';
import { usePost } from '../api/get-post';
import { usePosts } from '../api/get-posts';
import { useReplyToPost } from '../api/reply-to-post';
import type { PostFilters } from '../api/keys';
import { usePostNews } from '../hooks/use-post-news';

const kindNames: Record<PostKind, string> = { OFFER: 'Offer', ASK: 'Ask', NEWS: 'News' };
const postKinds = ['OFFER', 'ASK', 'NEWS'] as const satisfies readonly PostKind[];
const showings = ['OPEN', 'CLOSED', 'ALL'] as const satisfies readonly NonNullable<PostFilters['status']>[];

/** What a post can be about: `GROUP:id` or `LOCALITY:id`, with the name people choose it by. */
export interface AboutChoice { value: string; label: string }

/**
 * The providers' noticeboard: offers, asks and news, new posts and replies appearing live. `localities`
 * fill the place filter (and their top ones' topics bring the news); `about` are what a new post may be about.
 */
export function Noticeboard({ localities, about }: { localities: LocalityView[]; about: AboutChoice[] }) {
  const { user } = useSession();
  const [kind, setKind] = useState<PostFilters['kind']>('');
  const [locality, setLocality] = useState('');
  const [status, setStatus] = useState<PostFilters['status']>('OPEN');
  const posts = usePosts({ kind, locality, status });
  usePostNews(countyTopics(localities));
  const mayPost = user?.role === 'PROVIDER' || user?.role === 'FACILITATOR' || user?.role === 'ADMIN';

  return (
    <section>
      <h1>Noticeboard</h1>
      <p className="lead">Where providers meet: spare places, things needed, news. Everyone signed in reads and replies.</p>
      {mayPost && <NewPost choices={about} />}
      <div className="toolbar">
        <label>Kind <select value={kind} onChange={(e) => setKind(postKinds.find((k) => k === e.target.value) ?? '')}><option value="">All</option><option value="OFFER">Offers</option><option value="ASK">Asks</option><option value="NEWS">News</option></select></label>
        <label>Place <select value={locality} onChange={(e) => setLocality(e.target.value)}><option value="">Everywhere</option>{localities.map((l) => <option key={l.code} value={l.code}>{l.name}</option>)}</select></label>
        <label>Showing <select value={status} onChange={(e) => setStatus(showings.find((s) => s === e.target.value) ?? 'OPEN')}><option value="OPEN">Open</option><option value="CLOSED">Closed</option><option value="ALL">All</option></select></label>
      </div>
      <Problem error={posts.error} />
      {posts.isPending && <Loading />}
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

/** A post's replies (kept current by the board's live news) and a reply form while it is open. */
function Thread({ id, closed }: { id: string; closed: boolean }) {
  const thread = usePost(id);
  const [text, setText] = useState('');
  const send = useReplyToPost(id);
  const error = send.error;

  function reply(event: FormEvent) {
    event.preventDefault();
    send.mutate(text, { onSuccess: () => setText('') });
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

function NewPost({ choices }: { choices: AboutChoice[] }) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<PostKind>('OFFER');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [topics, setTopics] = useState('');
  const [about, setAbout] = useState('');
  const create = useCreatePost();
  const error = create.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const [aboutKind, aboutId] = (about || choices[0]?.value || ':').split(':');
    create.mutate({
      kind, title, text, topics: topics.split(/[\s,]+/).map((t) => t.trim().toLowerCase().replace(/^#/, '')).filter(Boolean),
      about: { kind: aboutKind, id: aboutId },
    }, { onSuccess: () => { setTitle(''); setText(''); setTopics(''); setOpen(false); } });
  }

  if (!open) return <p><button type="button" className="primary" onClick={() => setOpen(true)}>New post</button></p>;
  return (
    <form className="panel stack" onSubmit={submit} aria-label="New post">
      <div className="row">
        <Field label="Kind" error={fieldError(error, 'kind')}>
          {(p) => <select {...p} value={kind} onChange={(e) => setKind(postKinds.find((k) => k === e.target.value) ?? 'OFFER')}><option value="OFFER">Offer</option><option value="ASK">Ask</option><option value="NEWS">News</option></select>}
        </Field>
        <Field label="About" error={fieldError(error, 'about') ?? fieldError(error, 'about.id')}>
          {(p) => <select {...p} value={about} onChange={(e) => setAbout(e.target.value)}>{choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}</select>}
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
