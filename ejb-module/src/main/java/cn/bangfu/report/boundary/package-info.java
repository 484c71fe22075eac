/** Where pages and the API ask for generated documents: circulars drafted, edited and published; monthly briefings. */
package cn.bangfu.report.boundary;
