package org.hazardbridge.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.hazardbridge.region.RegionDirectory;
import org.hazardbridge.region.RegionSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo users and groups when they are absent: for each demo district N, {@code officerN} in
 * {@code officersN} and {@code managerN} in {@code managersN}; {@code supervisor} in {@code supervisors}
 * (示范区执委会); {@code admin} in {@code camunda-admin}; {@code ruleowner} in {@code rule-owners}, who may
 * deploy decision tables. Existing users keep their passwords.
 */
@Component
@Order(100)
class DemoIdentity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIdentity.class);

    private final IdentityService identity;
    private final RegionDirectory regions;
    private final DemoProperties demo;

    DemoIdentity(IdentityService identity, RegionDirectory regions, DemoProperties demo) {
        this.identity = identity;
        this.regions = regions;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        demo.districts().forEach(this::createDistrict);
        member(user("supervisor", "督办员", "示范区执委会"), group("supervisors", "示范区执委会"));
        member(user("admin", "系统管理员", "HazardBridge"), group("camunda-admin", "系统管理员"));
        member(user("ruleowner", "规则维护人", "示范区执委会"), group("rule-owners", "规则维护人"));
        log.info("Demo identity ready for {} districts", demo.districts().size());
    }

    private void createDistrict(String adcode) {
        String name = regions.find(adcode).map(RegionSummary::name).orElse(adcode);
        member(user("officer" + adcode, "安全管理人员", name), group("officers" + adcode,
                name + "安全管理人员"));
        member(user("manager" + adcode, "负责人", name), group("managers" + adcode, name + "负责人"));
    }

    private String user(String id, String firstName, String lastName) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(demo.password());
            identity.saveUser(user);
        }
        return id;
    }

    private String group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
        return id;
    }

    private void member(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }
}
