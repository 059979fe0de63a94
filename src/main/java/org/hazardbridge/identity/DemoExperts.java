package org.hazardbridge.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.hazardbridge.expert.ExpertPool;
import org.hazardbridge.expert.ExpertProfile;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo expert pool: twelve experts {@code expert01} to {@code expert12} in group {@code experts}, spread over
 * the demo regions and the hazard types, created with their profiles when absent.
 */
@Component
@Order(105)
class DemoExperts implements ApplicationRunner {

    static final String GROUP = "experts";

    private static final List<ExpertProfile> POOL = List.of(
            expert("expert01", "周建华", "320583", "WATER_POLLUTION", "HAZARDOUS_CHEMICALS"),
            expert("expert02", "钱立新", "320506", "WATER_POLLUTION", "PIPELINE_LEAK"),
            expert("expert03", "孙雅琴", "330411", "WATER_POLLUTION", "GEOLOGICAL"),
            expert("expert04", "李国栋", "330402", "WATER_POLLUTION", "INDUSTRIAL_FIRE"),
            expert("expert05", "吴海燕", "310116", "WATER_POLLUTION", "HAZARDOUS_CHEMICALS"),
            expert("expert06", "郑志强", "310114", "WATER_POLLUTION", "ROAD_TRAFFIC"),
            expert("expert07", "王晓东", "320509", "WATER_POLLUTION", "OTHER"),
            expert("expert08", "冯丽娟", "310118", "WATER_POLLUTION", "BRIDGE_STRUCTURE"),
            expert("expert09", "陈卫国", "330482", "ROAD_TRAFFIC", "BRIDGE_STRUCTURE"),
            expert("expert10", "褚红梅", "330503", "INDUSTRIAL_FIRE", "HAZARDOUS_CHEMICALS", "OTHER"),
            expert("expert11", "卫明辉", "330421", "GEOLOGICAL", "OTHER", "ROAD_TRAFFIC"),
            expert("expert12", "蒋文博", "310117", "PIPELINE_LEAK", "INDUSTRIAL_FIRE"));

    private final IdentityService identity;
    private final ExpertPool pool;
    private final DemoProperties demo;

    DemoExperts(IdentityService identity, ExpertPool pool, DemoProperties demo) {
        this.identity = identity;
        this.pool = pool;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        createGroup();
        POOL.forEach(this::create);
    }

    private void create(ExpertProfile profile) {
        if (identity.createUserQuery().userId(profile.userId()).count() == 0) {
            User user = identity.newUser(profile.userId());
            user.setFirstName(profile.name());
            user.setLastName("专家");
            user.setPassword(demo.password());
            identity.saveUser(user);
            identity.createMembership(profile.userId(), GROUP);
        }
        pool.register(profile);
    }

    private void createGroup() {
        if (identity.createGroupQuery().groupId(GROUP).count() == 0) {
            Group group = identity.newGroup(GROUP);
            group.setName("专家库");
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private static ExpertProfile expert(String id, String name, String adcode, String... specialties) {
        return new ExpertProfile(id, name, List.of(specialties), adcode, true);
    }
}
