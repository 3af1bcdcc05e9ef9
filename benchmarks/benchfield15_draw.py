"""benchfield15 sample: 80 random (Random(151)) + 80 field (Random(152)) unseen abstracts."""
import gzip, json, random, re, glob
excl = set()
files = glob.glob('benchmarks/data/*.jsonl') + glob.glob('docs/*audit*') + glob.glob('docs/benchrecall8/*') + glob.glob('docs/history/*')
files += [f for f in glob.glob('tests/data/eval/*.jsonl') if not re.search(r'test(8|10)-', f)]
for f in files:
    t = open(f, encoding='utf-8').read()
    excl |= set(re.findall(r'(?:arXiv:)?(\d{4}\.\d{4,5})', t))
    excl |= set(re.findall(r'sha1:[0-9a-f]{12}', t))
recs = [json.loads(l) for l in gzip.open('/work/shared/corpus/arxiv-cs-2025.jsonl.gz', 'rt', encoding='utf-8')]
def key(r):
    return r['id'].replace('arXiv:', '')
pool = [(i, r) for i, r in enumerate(recs) if key(r) not in excl and r['id'] not in excl and (r.get('abstract') or '').strip()]
FIELD = re.compile(r'\b(accelerators?|FPGAs?|MCUs?|microcontrollers?|TinyML|GPUs?|neuromorphic|quantiz\w*|quantis\w*|prun\w*|distill\w*|neural architecture search|NAS|LLM (?:inference|serving)|inference serving|serving systems?)\b', re.I)
field = [(i, r) for i, r in pool if FIELD.search((r.get('title') or '') + ' ' + r['abstract'])]
rnd = random.Random(151).sample(pool, 80)
taken = {i for i, _ in rnd}
fld = [x for x in random.Random(152).sample(field, 120) if x[0] not in taken][:80]
print(len(excl), len(pool), len(field))
out = {'fit': rnd[:40] + fld[:40], 'check': rnd[40:] + fld[40:]}
for half, rows in out.items():
    with open(f'benchmarks/data/benchfield15-{half}-abstracts.jsonl', 'w', encoding='utf-8') as fh:
        for i, r in rows:
            fh.write(json.dumps({'id': r['id'], 'title': r.get('title'), 'abstract': r['abstract'], 'record': i, 'group': 'random' if (i, r) in rnd else 'field'}, ensure_ascii=False) + '\n')
