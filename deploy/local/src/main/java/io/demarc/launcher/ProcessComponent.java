package io.demarc.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** A component that is one process we launch ourselves and track with a PID file and a marker argument. */
abstract class ProcessComponent implements Component {

    protected final StackConfig config;
    protected final StateLayout layout;
    protected final PidFiles pidFiles;
    /** Set only in the launcher run that started the process: lets readiness waits notice an early exit. */
    private volatile Process process;

    ProcessComponent(StackConfig config) {
        this.config = config;
        this.layout = new StateLayout(config.home());
        this.pidFiles = new PidFiles(layout.run());
    }

    /** The argument that identifies our process in /proc: component name plus DEMARC_HOME. */
    protected String marker() {
        return "-Ddemarc.instance=" + name() + "@" + layout.home();
    }

    protected abstract List<String> command();

    /** Variables added to the inherited environment; a null value removes the variable. */
    protected Map<String, String> environment() {
        return new HashMap<>();
    }

    protected Path workDir() {
        return layout.work(name());
    }

    /** One-time or per-start preparation before the process is launched. */
    protected void prepare() {
    }

    protected abstract boolean probe() throws Exception;

    @Override
    public Path logFile() {
        return layout.logFile(name());
    }

    @Override
    public OptionalLong pid() {
        return pidFiles.liveProcess(name(), marker());
    }

    @Override
    public void start() {
        prepare();
        Processes.appendLogHeader(logFile(), "starting " + displayName());
        Process started = Processes.startDetached(command(), environment(), workDir(), logFile());
        pidFiles.write(name(), started.pid());
        process = started;
    }

    @Override
    public void awaitReady() {
        Readiness.await(displayName(), config.startTimeout(name()), this::probe, this::processAlive, logFile());
    }

    private boolean processAlive() {
        Process started = process;
        return started != null ? started.isAlive() : pid().isPresent();
    }

    @Override
    public void stop() {
        OptionalLong pid = pid();
        if (pid.isPresent()) {
            Processes.stop(pid.getAsLong(), config.stopTimeout());
        }
        pidFiles.delete(name());
        process = null;
    }
}
