package org.newsclaims.export;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Parquet with typed columns: STRING as UTF-8 strings, INT as int32, BOOLEAN, DATE as DATE,
 * DECIMAL as DECIMAL(38,18) in 16 bytes, STRING_LIST as a standard 3-level LIST; every column
 * optional; ZSTD-compressed. parquet-java writes it to a {@link LocalOutputFile} with a plain
 * configuration and a ZSTD codec of its own (zstd-jni), so no Hadoop class is loaded.
 */
final class ParquetRowWriter<R> implements RowWriter<R> {

    private static final int DECIMAL_BYTES = 16;
    /** Row groups are buffered in memory until full: kept small so a big export fits a small heap. */
    private static final long ROW_GROUP_BYTES = 32L * 1024 * 1024;

    private final ParquetWriter<R> writer;

    ParquetRowWriter(Path file, List<Column<R>> columns) throws IOException {
        this.writer = new Builder<>(new LocalOutputFile(file), new RowWriteSupport<>(columns))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ZstdCodecs())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build();
    }

    @Override
    public void write(R row) throws IOException {
        writer.write(row);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    static MessageType schema(List<? extends Column<?>> columns) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Column<?> c : columns) {
            b.addField(type(c));
        }
        return b.named("row");
    }

    private static Type type(Column<?> c) {
        return switch (c.type()) {
            case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
            case INT -> Types.optional(PrimitiveTypeName.INT32).named(c.name());
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
            case DATE -> Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(c.name());
            case DECIMAL -> Types.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(DECIMAL_BYTES)
                    .as(LogicalTypeAnnotation.decimalType(Column.DECIMAL_SCALE, Column.DECIMAL_PRECISION)).named(c.name());
            case STRING_LIST -> Types.optionalList()
                    .optionalElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
        };
    }

    /** The unscaled value of {@code d} at scale 18, as 16 bytes two's complement big-endian; never rounded. */
    static byte[] decimalBytes(BigDecimal d) {
        byte[] unscaled = d.setScale(Column.DECIMAL_SCALE, RoundingMode.UNNECESSARY).unscaledValue().toByteArray();
        if (unscaled.length > DECIMAL_BYTES || d.precision() - d.scale() > Column.DECIMAL_PRECISION - Column.DECIMAL_SCALE) {
            throw new ArithmeticException(d.toPlainString() + " does not fit DECIMAL(38,18)");
        }
        byte[] out = new byte[DECIMAL_BYTES];
        byte pad = (byte) (d.signum() < 0 ? 0xFF : 0);
        java.util.Arrays.fill(out, 0, DECIMAL_BYTES - unscaled.length, pad);
        System.arraycopy(unscaled, 0, out, DECIMAL_BYTES - unscaled.length, unscaled.length);
        return out;
    }

    private static final class Builder<R> extends ParquetWriter.Builder<R, Builder<R>> {
        private final WriteSupport<R> support;

        Builder(LocalOutputFile file, WriteSupport<R> support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder<R> self() {
            return this;
        }

        @Override
        protected WriteSupport<R> getWriteSupport(Configuration conf) {
            return support;
        }

        @Override
        protected WriteSupport<R> getWriteSupport(ParquetConfiguration conf) {
            return support;
        }
    }

    private static final class RowWriteSupport<R> extends WriteSupport<R> {
        private final List<Column<R>> columns;
        private final MessageType schema;
        private RecordConsumer out;

        RowWriteSupport(List<Column<R>> columns) {
            this.columns = columns;
            this.schema = schema(columns);
        }

        @Override
        public WriteContext init(Configuration conf) {
            return new WriteContext(schema, new HashMap<>());
        }

        @Override
        public WriteContext init(ParquetConfiguration conf) {
            return new WriteContext(schema, new HashMap<>());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(R row) {
            out.startMessage();
            for (int i = 0; i < columns.size(); i++) {
                Column<R> c = columns.get(i);
                Object v = c.value().apply(row);
                if (v == null) {
                    continue;
                }
                out.startField(c.name(), i);
                switch (c.type()) {
                    case STRING -> out.addBinary(Binary.fromString((String) v));
                    case INT -> out.addInteger((Integer) v);
                    case BOOLEAN -> out.addBoolean((Boolean) v);
                    case DATE -> out.addInteger((int) ((LocalDate) v).toEpochDay());
                    case DECIMAL -> out.addBinary(Binary.fromConstantByteArray(decimalBytes((BigDecimal) v)));
                    case STRING_LIST -> list((List<?>) v);
                }
                out.endField(c.name(), i);
            }
            out.endMessage();
        }

        private void list(List<?> items) {
            out.startGroup();
            if (!items.isEmpty()) {
                out.startField("list", 0);
                for (Object item : items) {
                    out.startGroup();
                    out.startField("element", 0);
                    out.addBinary(Binary.fromString(String.valueOf(item)));
                    out.endField("element", 0);
                    out.endGroup();
                }
                out.endField("list", 0);
            }
            out.endGroup();
        }
    }

    /** ZSTD through zstd-jni: Parquet's own codec factory would go through Hadoop's codec classes. */
    private static final class ZstdCodecs implements CompressionCodecFactory {
        private static final int LEVEL = 3;

        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    return BytesInput.from(Zstd.compress(bytes.toByteArray(), LEVEL));
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return CompressionCodecName.ZSTD;
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            throw new UnsupportedOperationException("export writes Parquet, it does not read it");
        }

        @Override
        public void release() {
        }
    }
}
