package nunatak.plot;

import java.nio.file.Path;

/** Opens a file with the desktop's viewer when there is a desktop; silently does nothing on headless machines. */
final class Desktops {
    private Desktops() {
    }

    static void open(Path file) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.awt.Desktop.getDesktop().open(file.toFile());
            } else if (System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null) {
                new ProcessBuilder("xdg-open", file.toString()).inheritIO().start();
            }
        } catch (Exception | LinkageError e) {
            // No viewer: the caller has the file's path.
        }
    }
}
