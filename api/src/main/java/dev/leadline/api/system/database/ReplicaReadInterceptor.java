package dev.leadline.api.system.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.AsyncHandlerInterceptor;

/**
 * Allows the read database for the handler methods marked {@link ReplicaRead}, from
 * before their transaction starts until the handler returns. A body streamed on another
 * thread (the exports) allows it there itself: this thread forgets it as soon as the
 * asynchronous part starts, and every request starts without it.
 */
class ReplicaReadInterceptor implements AsyncHandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(ReplicaRead.class)) {
			ReadRouting.allow();
		}
		else {
			ReadRouting.clear();
		}
		return true;
	}

	@Override
	public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
			Object handler) {
		ReadRouting.clear();
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		ReadRouting.clear();
	}

}
