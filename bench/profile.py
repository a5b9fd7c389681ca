"""Symbolises `perf script` stacks of a ReadyToRun composite image with crossgen2's r2rmap and
prints the top frames. Called by bench/profile.sh: IMAGE R2RMAP STACKS self|incl|under|callers PATTERN N."""
import bisect, collections, re, struct, sys

image, r2rmap, stacks_file, mode, pattern, top = sys.argv[1:7]
top = int(top)

# perf gives addresses in the image as offsets into the file mapping; the runtime maps .text at
# its page-aligned virtual address from its page-aligned file offset.
data = open(image, 'rb').read(4096)
pe = struct.unpack_from('<I', data, 0x3C)[0]
sections, optional = struct.unpack_from('<H', data, pe + 6)[0], struct.unpack_from('<H', data, pe + 20)[0]
delta = 0
for i in range(sections):
    at = pe + 24 + optional + 40 * i
    if data[at:at + 8].rstrip(b'\0') == b'.text':
        va, raw = struct.unpack_from('<I', data, at + 12)[0], struct.unpack_from('<I', data, at + 20)[0]
        delta = (va & ~0xFFF) - (raw & ~0xFFF)

methods = []
for line in open(r2rmap, encoding='utf-8', errors='replace'):
    parts = line.rstrip('\n').split(' ', 2)
    if len(parts) == 3 and int(parts[0], 16) < 0xF0000000:
        methods.append((int(parts[0], 16), int(parts[1], 16), parts[2]))
methods.sort()
starts = [m[0] for m in methods]


def method(offset):
    i = bisect.bisect_right(starts, offset + delta) - 1
    if i >= 0 and offset + delta < methods[i][0] + methods[i][1] + 16:
        return methods[i][2]
    return f'{image.split("/")[-1]}+{offset:x}'


def short(name):
    return re.sub(r'System\.(Collections\.(Generic|Concurrent)\.)?', '', name)[:140]


samples = []
for block in open(stacks_file, encoding='utf-8', errors='replace').read().split('\n\n'):
    frames = []
    for line in block.strip().split('\n')[1:]:
        m = re.match(r'\s*([0-9a-f]+) (.*?) \((.*)\)$', line)
        if not m:
            continue
        ip, sym, dso = m.groups()
        if sym.startswith('[unknown]'):
            sym = (method(int(ip, 16)) if dso.endswith('.r2r.dll')
                   else 'stubs and jitted code (doublemapper)' if 'doublemapper' in dso else dso.split('/')[-1])
        frames.append(short(sym))
    if frames:
        samples.append(frames)
total = len(samples)
counts = collections.Counter()
if mode == 'self':
    for frames in samples:
        counts[frames[0]] += 1
elif mode == 'incl':
    for frames in samples:
        for f in set(frames):
            if re.search(pattern, f):
                counts[f] += 1
elif mode == 'under':
    below = 0
    for frames in samples:
        at = next((i for i, f in enumerate(frames) if re.search(pattern, f)), None)
        if at is not None:
            below += 1
            for f in set(frames[:at + 1]):
                counts[f] += 1
    print(f'{100 * below / max(1, total):.2f}% of samples under {pattern}')
elif mode == 'callers':
    for frames in samples:
        at = next((i for i, f in enumerate(frames) if re.search(pattern, f)), None)
        if at is not None:
            counts[' <- '.join(f[:60] for f in frames[at + 1:at + 4])] += 1
else:
    sys.exit(f'unknown mode {mode}: self, incl, under or callers')
print(f'{total} samples')
for name, n in counts.most_common(top):
    print(f'{100 * n / max(1, total):6.2f}%  {name}')
