/**
 * RFC 9457 problem details everywhere: the one advice mapping exceptions
 * (ProblemException and its API subclasses) to stable types, and the writers for answers
 * made outside MVC, by filters or Tomcat itself.
 */
package dev.leadline.api.system.problems;
