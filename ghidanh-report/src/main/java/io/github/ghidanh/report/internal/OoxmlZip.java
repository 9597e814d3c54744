package io.github.ghidanh.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

/**
 * Rewrites the zip of a DOCX or XLSX for {@link Reproducible}: every entry keeps its place and name,
 * gets the document's date as its time, and keeps its compressed bytes as they are unless its
 * content has to change (the caller's {@link Plan} says which and how: for {@link Reproducible}, the
 * dates of {@code docProps/core.xml} and picture ids). Only those entries are inflated and deflated
 * again; the others are copied raw. (Inflating and deflating every entry, as a
 * {@link java.util.zip.ZipOutputStream} must, cost 40 % of a 10,000-entry DOCX's rendering time:
 * docs/performance.md, line 6.) The output has no data descriptors and no extra fields: a local
 * header with the CRC and sizes, the data, then the central directory.
 *
 * <p>Reads the central directory of the exporter's zip. Zip64, encryption, a method other than
 * stored or deflated, or any inconsistency throws {@link Unsupported} before anything is written; the
 * caller then falls back to the streaming rewrite.
 */
final class OoxmlZip {
    private static final int LOC = 0x04034b50;
    private static final int CEN = 0x02014b50;
    private static final int END = 0x06054b50;

    /** The zip cannot be read by this class; the caller uses the streaming rewrite instead. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /** One entry of the input's central directory. */
    private record Entry(String name, byte[] nameBytes, int flags, int method, long crc, long csize, long size, int dataAt) {
    }

    /** How an entry's new content is made, for the entries that change. */
    interface Rewrite {
        void apply(InputStream content, OutputStream out) throws IOException;
    }

    /** What to do with each entry, given its name and its data as stored: null keeps it as it is. */
    interface Plan {
        Rewrite rewrite(String name, ByteBuffer data, int method) throws IOException;
    }

    private OoxmlZip() {
    }

    static void rewrite(ByteBuffer zip, LocalDate date, Plan plan, OutputStream out) throws IOException, Unsupported {
        ByteBuffer b = zip.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        List<Entry> entries;
        try {
            entries = centralDirectory(b);
        } catch (IndexOutOfBoundsException e) {
            throw new Unsupported("truncated zip");
        }
        int dosTime = 0; // 00:00:00
        int year = Math.min(Math.max(date.getYear(), 1980), 2107);
        int dosDate = ((year - 1980) << 9) | (date.getMonthValue() << 5) | date.getDayOfMonth();
        ByteArrayOutputStream cen = new ByteArrayOutputStream(entries.size() * 64);
        Counting o = new Counting(out);
        for (Entry e : entries) {
            ByteBuffer data = b.duplicate().position(e.dataAt()).limit(e.dataAt() + (int) e.csize()).slice();
            Rewrite r = plan.rewrite(e.name(), data.duplicate(), e.method());
            int method = e.method();
            long crc = e.crc();
            long csize = e.csize();
            long size = e.size();
            byte[] fresh = null;
            if (r != null) {
                CRC32 c = new CRC32();
                ByteArrayOutputStream z = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, Math.max(64, e.csize())));
                Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
                Counting plain;
                try (InputStream in = content(data.duplicate(), e.method());
                        OutputStream dz = new DeflaterOutputStream(z, d, 64 * 1024)) {
                    plain = new Counting(new CheckedOutputStream(dz, c)); // uncompressed size and CRC on the way in
                    r.apply(in, plain);
                } finally {
                    d.end();
                }
                fresh = z.toByteArray();
                method = Deflater.DEFLATED;
                crc = c.getValue();
                csize = fresh.length;
                size = plain.count;
            }
            if (o.count > 0xFFFFFFFFL - 30 - csize || size > 0xFFFFFFFFL) { // only a rewritten entry can grow
                throw new IOException("the rewritten document is over 4 GB, more than a zip without zip64 records holds");
            }
            long offset = o.count;
            byte[] name = e.nameBytes(); // as they were: a name is never decoded and encoded again
            int flags = e.flags() & 0x0800; // keep only "name is UTF-8"
            int version = method == Deflater.DEFLATED ? 20 : 10;
            ByteBuffer h = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(LOC).putShort((short) version).putShort((short) flags).putShort((short) method)
                    .putShort((short) dosTime).putShort((short) dosDate).putInt((int) crc).putInt((int) csize)
                    .putInt((int) size).putShort((short) name.length).putShort((short) 0);
            o.write(h.array());
            o.write(name);
            if (fresh != null) {
                o.write(fresh);
            } else {
                writeTo(data, o);
            }
            ByteBuffer c = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
            c.putInt(CEN).putShort((short) 20).putShort((short) version).putShort((short) flags).putShort((short) method)
                    .putShort((short) dosTime).putShort((short) dosDate).putInt((int) crc).putInt((int) csize)
                    .putInt((int) size).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset);
            cen.write(c.array());
            cen.write(name);
        }
        long cenAt = o.count;
        if (cenAt > 0xFFFFFFFFL - cen.size()) {
            throw new IOException("the rewritten document is over 4 GB, more than a zip without zip64 records holds");
        }
        cen.writeTo(o);
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(END).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(cen.size()).putInt((int) cenAt).putShort((short) 0);
        o.write(end.array());
        o.flush();
    }

    /** The uncompressed content of an entry's data as stored with {@code method} (0 stored, 8 deflated). */
    static InputStream content(ByteBuffer data, int method) {
        if (method == 0) {
            return stream(data);
        }
        return new InflatingInput(data);
    }

    /** The bytes of {@code b} as a stream, without copying them. */
    static InputStream stream(ByteBuffer b) {
        return new BufferInput(b);
    }

    private static List<Entry> centralDirectory(ByteBuffer b) throws Unsupported {
        int n = b.limit();
        int end = -1;
        for (int i = n - 22; i >= Math.max(0, n - 22 - 0xFFFF); i--) {
            if (b.getInt(i) == END) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new Unsupported("no end of central directory");
        }
        if (u16(b, end + 4) != 0 || u16(b, end + 6) != 0) {
            throw new Unsupported("multi-disk zip");
        }
        int count = u16(b, end + 10);
        long cdSize = u32(b, end + 12);
        long cdAt = u32(b, end + 16);
        if (count == 0xFFFF || cdSize == 0xFFFFFFFFL || cdAt == 0xFFFFFFFFL || cdAt + cdSize > end) {
            throw new Unsupported("zip64 or inconsistent end record");
        }
        List<Entry> list = new ArrayList<>(count);
        int p = (int) cdAt;
        for (int k = 0; k < count; k++) {
            if (p + 46 > end || b.getInt(p) != CEN) {
                throw new Unsupported("bad central directory");
            }
            int flags = u16(b, p + 8);
            int method = u16(b, p + 10);
            long crc = u32(b, p + 16);
            long csize = u32(b, p + 20);
            long size = u32(b, p + 24);
            int nameLen = u16(b, p + 28);
            int extraLen = u16(b, p + 30);
            int commentLen = u16(b, p + 32);
            long local = u32(b, p + 42);
            if ((flags & 1) != 0 || (method != 0 && method != Deflater.DEFLATED) || csize == 0xFFFFFFFFL
                    || size == 0xFFFFFFFFL || local == 0xFFFFFFFFL || local + 30 > cdAt) {
                throw new Unsupported("encrypted, zip64 or unknown method");
            }
            byte[] nameBytes = new byte[nameLen];
            b.get(p + 46, nameBytes);
            String name = new String(nameBytes, (flags & 0x0800) != 0 ? java.nio.charset.StandardCharsets.UTF_8
                    : java.nio.charset.StandardCharsets.ISO_8859_1);
            int lp = (int) local;
            if (b.getInt(lp) != LOC) {
                throw new Unsupported("bad local header");
            }
            long dataAt = lp + 30L + u16(b, lp + 26) + u16(b, lp + 28);
            if (dataAt + csize > cdAt) {
                throw new Unsupported("entry data beyond the central directory");
            }
            list.add(new Entry(name, nameBytes, flags, method, crc, csize, size, (int) dataAt));
            p += 46 + nameLen + extraLen + commentLen;
        }
        list.sort(Comparator.comparingInt(Entry::dataAt));
        return list;
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }

    private static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }

    private static void writeTo(ByteBuffer data, OutputStream out) throws IOException {
        ByteBuffer d = data.duplicate();
        if (d.hasArray()) {
            out.write(d.array(), d.arrayOffset() + d.position(), d.remaining());
            return;
        }
        byte[] buf = new byte[64 * 1024];
        while (d.hasRemaining()) {
            int k = Math.min(buf.length, d.remaining());
            d.get(buf, 0, k);
            out.write(buf, 0, k);
        }
    }

    private static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int x) throws IOException {
            out.write(x);
            count++;
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            out.write(buf, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush(); // never closes the caller's stream
        }
    }

    private static final class BufferInput extends InputStream {
        private final ByteBuffer b;

        BufferInput(ByteBuffer b) {
            this.b = b.duplicate();
        }

        @Override
        public int read() {
            return b.hasRemaining() ? b.get() & 0xFF : -1;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            if (!b.hasRemaining()) {
                return -1;
            }
            int k = Math.min(len, b.remaining());
            b.get(buf, off, k);
            return k;
        }
    }

    /** Raw deflate data of a zip entry, inflated as it is read. */
    private static final class InflatingInput extends InputStream {
        private final Inflater inflater = new Inflater(true);

        InflatingInput(ByteBuffer data) {
            inflater.setInput(data.duplicate());
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            try {
                while (true) {
                    int k = inflater.inflate(buf, off, len);
                    if (k > 0) {
                        return k;
                    }
                    if (inflater.finished() || inflater.needsInput()) {
                        return -1;
                    }
                    if (inflater.needsDictionary()) {
                        throw new IOException("deflate data needs a dictionary");
                    }
                }
            } catch (DataFormatException e) {
                throw new IOException("corrupt deflate data: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            inflater.end();
        }
    }
}
