import dev.leadline.db.DatabaseCoordinates;
import dev.leadline.db.EmbeddedPostgresServer;
import dev.leadline.db.LeadlineMigrations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Build step (db module, process-classes phase): migrate a throwaway embedded PostgreSQL with
 * the project's migrations, then generate jOOQ classes from the real schema. Skips itself when
 * neither the migrations nor this generator changed since the last run.
 *
 * Usage: java -cp CLASSPATH JooqCodegen.java MIGRATIONS_DIR OUTPUT_DIR PACKAGE GENERATOR_SOURCE
 */
public class JooqCodegen {

    private static final String EXCLUDES = String.join("|",
            "flyway_schema_history", "batch_.*", "set_updated_at", "enable_tenant_isolation", ".*trgm.*", "set_limit", "show_limit",
            "show_trgm", ".*similarity.*", ".*_dist", ".*_op");

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String packageName = args[2];
        Path stamp = output.resolve(".migrations.sha256");
        String hash = hash(migrations, Path.of(args[3]));
        if (Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            System.out.println("[jooq-codegen] migrations unchanged, generated classes are up to date");
            return;
        }
        Path work = Files.createTempDirectory("leadline-codegen-");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(work, false)) {
            DatabaseCoordinates db = server.provision("leadline_codegen");
            LeadlineMigrations.migrate(db, false, "filesystem:" + migrations.toAbsolutePath());
            GenerationTool.generate(configuration(db, output, packageName));
        } finally {
            deleteRecursively(work);
        }
        Files.writeString(stamp, hash);
        System.out.println("[jooq-codegen] generated " + packageName + " into " + output);
    }

    private static Configuration configuration(DatabaseCoordinates db, Path output, String packageName) {
        return new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(db.jdbcUrl())
                        .withUser(db.ownerUser()).withPassword(db.ownerPassword()))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withOutputSchemaToDefault(true)
                                .withExcludes(EXCLUDES))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withJavaTimeTypes(true)
                                .withFluentSetters(true)
                                .withGeneratedAnnotation(false))
                        .withTarget(new Target()
                                .withPackageName(packageName)
                                .withDirectory(output.toString())
                                .withClean(true)));
    }

    private static String hash(Path migrations, Path generatorSource) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(migrations)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(migrations.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        digest.update(Files.readAllBytes(generatorSource));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
