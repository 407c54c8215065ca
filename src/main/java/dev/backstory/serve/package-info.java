/**
 * The live preview: builds the site with the {@code build} package, serves the output folder
 * on a local address with the JDK's HTTP server, watches the sources and rebuilds on every
 * save, then tells open pages to reload over server-sent events. The reload script and the
 * error overlay are added to pages only as they are served; built files never contain them.
 */
package dev.backstory.serve;
