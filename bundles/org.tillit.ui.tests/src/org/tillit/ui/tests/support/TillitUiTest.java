package org.tillit.ui.tests.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.tillit.ui.testing.ScreenshotOnFailure;

/**
 * A UI test class of the running workbench: it starts on a fresh, empty project of its own
 * ({@link FreshProject}) and saves a screenshot when a test fails ({@link ScreenshotOnFailure}).
 * Tests within the class share that project, in their order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ FreshProject.class, ScreenshotOnFailure.class })
public @interface TillitUiTest {
}
