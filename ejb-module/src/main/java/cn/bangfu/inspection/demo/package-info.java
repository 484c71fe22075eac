/** The demo county's inspection: the seed speech's April round with its teams and a published schedule, loaded once in demo mode. */
package cn.bangfu.inspection.demo;
