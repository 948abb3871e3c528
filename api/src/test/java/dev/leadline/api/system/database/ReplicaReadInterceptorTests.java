package dev.leadline.api.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

class ReplicaReadInterceptorTests {

	final ReplicaReadInterceptor interceptor = new ReplicaReadInterceptor();

	final MockHttpServletRequest request = new MockHttpServletRequest();

	final MockHttpServletResponse response = new MockHttpServletResponse();

	@AfterEach
	void forget() {
		ReadRouting.clear();
	}

	@Test
	void aMarkedHandlerMayReadFromTheReplicaUntilItCompletes() throws Exception {
		HandlerMethod browse = handler("browse");

		interceptor.preHandle(request, response, browse);
		assertThat(ReadRouting.replicaAllowed()).isTrue();

		interceptor.afterCompletion(request, response, browse, null);
		assertThat(ReadRouting.replicaAllowed()).isFalse();
	}

	@Test
	void theRequestThreadForgetsItWhenAStreamedBodyGoesAsynchronous() throws Exception {
		HandlerMethod browse = handler("browse");

		interceptor.preHandle(request, response, browse);
		interceptor.afterConcurrentHandlingStarted(request, response, browse);

		assertThat(ReadRouting.replicaAllowed()).isFalse();
	}

	@Test
	void anUnmarkedHandlerNeverInheritsItFromAnEarlierRequestOnTheThread() throws Exception {
		ReadRouting.allow();

		interceptor.preHandle(request, response, handler("write"));

		assertThat(ReadRouting.replicaAllowed()).isFalse();
	}

	@Test
	void nestedReplicaWorkKeepsTheOuterPermission() {
		ReadRouting.replica(() -> {
			ReadRouting.replica(() -> assertThat(ReadRouting.replicaAllowed()).isTrue());
			assertThat(ReadRouting.replicaAllowed()).isTrue();
		});

		assertThat(ReadRouting.replicaAllowed()).isFalse();
	}

	private static HandlerMethod handler(String name) throws NoSuchMethodException {
		return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name));
	}

	static class Handlers {

		@ReplicaRead
		void browse() {
		}

		void write() {
		}

	}

}
