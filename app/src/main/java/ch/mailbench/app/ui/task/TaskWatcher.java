package ch.mailbench.app.ui.task;

/** Follows the tasks shown to the user (the status bar). Called on the EDT. */
public interface TaskWatcher {

    void started(RunningTask task);

    /** The work has ended, whatever its outcome; {@link RunningTask#isCancelled()} tells whether the user stopped it. */
    void ended(RunningTask task);
}
