package dev.parley.peer.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A DOM EventTarget whose events are delivered in order on one executor, never on the caller's thread
 * and never under the owner's lock. An on&lt;event&gt; handler takes its place among the listeners when it
 * is first set, as the HTML event handler processing model says.
 */
public class EventTarget {

    private static final Logger LOG = LoggerFactory.getLogger(EventTarget.class);

    private final Executor eventExecutor;
    private final Map<String, List<EventListener>> listeners = new ConcurrentHashMap<>();
    private final Map<String, HandlerSlot> handlers = new ConcurrentHashMap<>();

    protected EventTarget(Executor eventExecutor) {
        this.eventExecutor = eventExecutor;
    }

    /** The executor events are delivered on. */
    protected Executor eventExecutor() {
        return eventExecutor;
    }

    /** Adds a listener unless it is already registered for this type. */
    public void addEventListener(String type, EventListener listener) {
        if (listener == null) {
            return;
        }
        List<EventListener> list = listeners.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>());
        if (!list.contains(listener)) {
            list.add(listener);
        }
    }

    public void removeEventListener(String type, EventListener listener) {
        List<EventListener> list = listeners.get(type);
        if (list != null) {
            list.remove(listener);
        }
    }

    /** Sets (or with null clears) the on&lt;type&gt; event handler attribute. */
    protected void setEventHandler(String type, EventListener handler) {
        HandlerSlot slot = handlers.get(type);
        if (handler == null) {
            if (slot != null) {
                handlers.remove(type);
                removeEventListener(type, slot);
            }
            return;
        }
        if (slot == null) {
            slot = new HandlerSlot();
            handlers.put(type, slot);
            addEventListener(type, slot);
        }
        slot.handler = handler;
    }

    protected EventListener getEventHandler(String type) {
        HandlerSlot slot = handlers.get(type);
        return slot == null ? null : slot.handler;
    }

    /** Queues a task that fires the event: it runs after every task queued before it. */
    protected void queueEvent(Event event) {
        queueTask(() -> fire(event));
    }

    /** Queues any task on the event executor, keeping the order with events. */
    protected void queueTask(Runnable task) {
        try {
            eventExecutor.execute(task);
        } catch (RejectedExecutionException e) {
            // The owner was closed and its event thread stopped: closed objects fire nothing more.
            LOG.debug("event task dropped after close");
        }
    }

    /** Fires the event now; only call from a task on the event executor. */
    protected void fire(Event event) {
        List<EventListener> list = listeners.get(event.type());
        if (list == null) {
            return;
        }
        for (EventListener l : list) {
            try {
                l.handleEvent(event);
            } catch (RuntimeException e) {
                // As in browsers: a throwing listener is reported and the next one still runs.
                LOG.warn("listener for '{}' threw", event.type(), e);
            }
        }
    }

    /** The listener standing for an on&lt;event&gt; attribute; replacing the handler keeps its position. */
    private static final class HandlerSlot implements EventListener {
        private volatile EventListener handler;

        @Override
        public void handleEvent(Event event) {
            EventListener h = handler;
            if (h != null) {
                h.handleEvent(event);
            }
        }
    }
}
