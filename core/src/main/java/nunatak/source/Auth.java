package nunatak.source;

/**
 * How an object store client finds credentials.
 *
 * <pre>{@code
 * SourceOptions anonymous = SourceOptions.DEFAULT.withS3(S3Options.DEFAULT.withAuth(Auth.ANONYMOUS));
 * }</pre>
 */
public enum Auth {
    /** Use the provider's default credentials when present, else go anonymous (public buckets). */
    AUTO,
    /** Never sign requests: public buckets only. */
    ANONYMOUS,
    /** Require the provider's default credential chain; fail if it finds nothing. */
    DEFAULT
}
