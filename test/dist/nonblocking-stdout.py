# Runs `grade batch … --format json` with its stdout on a non-blocking FIFO that is read slowly
# (Node's own child_process always hands children blocking descriptors; Python does not), and
# prints the exit code, the bytes read and whether they are one valid JSON document.
import json, os, subprocess, sys, tempfile, time

folder = tempfile.mkdtemp()
fifo = os.path.join(folder, 'out.fifo')
os.mkfifo(fifo)
r = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
w = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
child = subprocess.Popen(sys.argv[1:], stdout=w, stderr=subprocess.PIPE)
os.close(w)
data = b''
while True:
    time.sleep(0.02)
    try:
        chunk = os.read(r, 16384)
    except BlockingIOError:
        if child.poll() is None:
            continue
        time.sleep(0.1)
        try:
            while True:
                chunk = os.read(r, 65536)
                if not chunk:
                    break
                data += chunk
        except BlockingIOError:
            pass
        break
    if not chunk:
        break
    data += chunk
stderr = child.stderr.read().decode()
try:
    json.loads(data)
    valid = True
except ValueError:
    valid = False
os.close(r)
os.remove(fifo)
os.rmdir(folder)
print(json.dumps({'status': child.wait(), 'bytes': len(data), 'json': valid, 'stderr': stderr}))
