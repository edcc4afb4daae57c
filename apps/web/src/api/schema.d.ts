/* Generated from the API's OpenAPI document by apps/web/scripts/generate-api.mjs (npm run api:generate). Do not edit. */

export interface paths {
    "/api/v1/analytics/enterprises/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业技能人才统计：等级、职业、用工形式、高技能人才占比、晋级储备、派遣工持证率、评聘名额 / Enterprise workforce analytics
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR: its own enterprise; bureau: enterprises in its region
         */
        get: operations["AnalyticsController_enterprise_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/enterprises/{organizationId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出企业技能人才统计（XLSX） / Export enterprise analytics as XLSX
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR: its own enterprise; bureau: enterprises in its region
         */
        get: operations["AnalyticsController_exportEnterprise_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/region": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 辖区技能人才统计（跨企业） / Regional workforce analytics across enterprises
         * @description 访问权限 / Access: platform_admin, bureau_officer — bureau: its region or a region inside it; platform: any region
         */
        get: operations["AnalyticsController_region_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/region/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出辖区技能人才统计（XLSX） / Export regional analytics as XLSX
         * @description 访问权限 / Access: platform_admin, bureau_officer — bureau: its region or a region inside it; platform: any region
         */
        get: operations["AnalyticsController_exportRegion_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 报名列表 / List applications
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — HR of the body; HR of the employer of record (a dispatch agency, read only); the bureau of the region; the applicant
         */
        get: operations["ApplicationsController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/admission-ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载准考证 / Download the candidate’s admission ticket
         * @description 访问权限 / Access: worker, hr_admin, bureau_officer, platform_admin — The worker: their own applications; HR and the bureau as for applications
         */
        get: operations["ApplicationSeatsController_ticket_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/exam-seats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 考生的考场和座位 / Where and when the candidate sits each component
         * @description 访问权限 / Access: worker, hr_admin, bureau_officer, platform_admin — The worker: their own applications; HR and the bureau as for applications
         */
        get: operations["ApplicationSeatsController_seats_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 报名详情（含申报条件审核） / Get an application with its eligibility report
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — HR of the body; HR of the employer of record (a dispatch agency, read only); the bureau of the region; the applicant
         */
        get: operations["ApplicationsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核通过并发放准考证号 / Approve an eligible application and issue the admission ticket number
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["ApplicationsController_approve_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/approve-exceptional": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 破格通过（须指明破格路径并说明理由） / Admit an ineligible applicant through an exceptional (破格) route, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["ApplicationsController_approveExceptional_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 证明材料列表 / List the evidence files of an application
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — HR of the body; HR of the employer of record (a dispatch agency, read only); the bureau of the region; the applicant
         */
        get: operations["ApplicationsController_listFiles_v1"];
        put?: never;
        /**
         * 上传证明材料（PDF/JPEG/PNG，按内容校验类型） / Upload an evidence file (PDF, JPEG or PNG, checked by content)
         * @description 访问权限 / Access: hr_admin, worker — the applicant; HR of the evaluation body running the campaign
         */
        post: operations["ApplicationsController_upload_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载证明材料 / Download an evidence file
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — HR of the body; HR of the employer of record (a dispatch agency, read only); the bureau of the region; the applicant
         */
        get: operations["ApplicationsController_download_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核不通过（须说明理由） / Reject an application, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["ApplicationsController_reject_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 报名的认定结果（含各考核项目成绩，公布后可见） / An application’s result with its component scores, once published
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — the applicant; HR of the body; HR of the employer of record (read only); the bureau of the region
         */
        get: operations["ApplicationResultsController_result_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回报名（报名截止前，释放名额） / Withdraw an application before registration closes, freeing the seat
         * @description 访问权限 / Access: hr_admin, worker — the applicant; HR of the evaluation body running the campaign
         */
        post: operations["ApplicationsController_withdraw_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评聘列表 / List appointment cases
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — bureau: enterprises in its region; HR: its enterprise; worker: own
         */
        get: operations["AppointmentsController_list_v1"];
        put?: never;
        /**
         * 推荐或自荐评聘（附申报条件审核） / Nominate, or apply, for an appointment tier; the eligibility report is kept
         * @description 访问权限 / Access: hr_admin, worker — HR: a worker working at its enterprise; worker: themself, at the enterprise where they work
         */
        post: operations["AppointmentsController_nominate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评聘详情（条件审核、评审、公示、确认、聘期、待遇） / An appointment case
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — bureau: enterprises in its region; HR: its enterprise; worker: own
         */
        get: operations["AppointmentsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/appoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 聘任（占用名额，记录待遇与聘期） / Appoint for the term, within the quota, recording the treatment
         * @description 访问权限 / Access: hr_admin — HR of the appointing enterprise
         */
        post: operations["AppointmentsController_appoint_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 人社局确认评聘结果 / The bureau confirms
         * @description 访问权限 / Access: bureau_officer — the bureau competent for the enterprise (fixed when publicity closes)
         */
        post: operations["AppointmentsController_confirm_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 不予推荐（须说明理由） / Decline a nomination, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the appointing enterprise
         */
        post: operations["AppointmentsController_decline_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布评聘公示（工作日） / Open the publicity notice, in working days
         * @description 访问权限 / Access: hr_admin — HR of the appointing enterprise
         */
        post: operations["AppointmentsController_openPublicity_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/publicity/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 公示期满结束公示（异议须已处理）并报人社局确认 / Close the publicity once over and objections resolved; goes to the bureau where required
         * @description 访问权限 / Access: hr_admin — HR of the appointing enterprise
         */
        post: operations["AppointmentsController_closePublicity_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 人社局不予确认（须说明理由） / The bureau rejects, with a reason
         * @description 访问权限 / Access: bureau_officer — the bureau competent for the enterprise (fixed when publicity closes)
         */
        post: operations["AppointmentsController_reject_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 续聘评审（聘期届满前6个月起） / Renew after a review, from 6 months before the term ends
         * @description 访问权限 / Access: hr_admin — HR of the appointing enterprise
         */
        post: operations["AppointmentsController_renew_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 录入评审委员会评分（加权要素） / Record the review committee’s weighted scores
         * @description 访问权限 / Access: hr_admin — HR of the appointing enterprise
         */
        post: operations["AppointmentsController_review_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 解聘（须说明理由） / Revoke an appointment, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the appointing enterprise
         */
        post: operations["AppointmentsController_revoke_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回评聘（聘任前，须说明理由） / Withdraw a case before appointment, with a reason
         * @description 访问权限 / Access: hr_admin, worker — HR of the appointing enterprise; the worker, own case
         */
        post: operations["AppointmentsController_withdraw_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计事件 / List audit events
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — bureau: its region; HR: its organization
         */
        get: operations["AuditController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/chain-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计链校验（与 npm run audit:verify 相同） / Verify every audit hash chain now
         * @description 访问权限 / Access: platform_admin — the whole platform
         */
        get: operations["AuditController_chainStatus_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登录 / Sign in with username and password
         * @description 访问权限 / Access: 公开 / public
         */
        post: operations["AuthController_login_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退出登录 / Sign out (ends this session)
         * @description 访问权限 / Access: authenticated
         */
        post: operations["AuthController_logout_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 刷新令牌 / Exchange a refresh token (in the body, or the session cookie) for new tokens
         * @description 访问权限 / Access: 公开 / public
         */
        post: operations["AuthController_refresh_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 计算N个工作日（公示期） / Count N working days from a date, as a publicity window does
         * @description 访问权限 / Access: authenticated — national reference data, the same for every region
         */
        get: operations["CalendarController_workingDays_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 某年节假日安排 / A year’s holiday schedule and where it comes from
         * @description 访问权限 / Access: authenticated — national reference data, the same for every region
         */
        get: operations["CalendarController_getYear_v1"];
        /**
         * 载入或替换某年官方节假日安排（留痕） / Load or replace a year’s official holiday schedule (audited)
         * @description 访问权限 / Access: platform_admin, bureau_officer — national reference data, the same for every region; replaces the whole year and recounts open publicity windows across it
         */
        put: operations["CalendarController_load_v1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 认定计划列表 / List campaigns
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — bureau: filed campaigns of bodies in its region; HR: its own enterprise’s; worker: open campaigns where they work, and those they applied to
         */
        get: operations["CampaignsController_list_v1"];
        put?: never;
        /**
         * 创建认定计划 / Create a certification campaign
         * @description 访问权限 / Access: hr_admin — HR of an evaluation body, within its approved filing scope
         */
        post: operations["CampaignsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/admission-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 批量打印准考证（可按考场或考核项目） / Admission tickets of the seated candidates as one PDF
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of the region; the platform
         */
        get: operations["ExamSessionsController_tickets_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 认定计划的报名列表 / List the applications of a campaign
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of the region
         */
        get: operations["CampaignApplicationsController_list_v1"];
        put?: never;
        /**
         * 报名（职工本人）或单位代报 / Apply (a worker, for themself) or register a worker (HR)
         * @description 访问权限 / Access: hr_admin, worker — worker: open campaigns of the organization where they work; HR: workers working at its enterprise
         */
        post: operations["CampaignApplicationsController_apply_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/applications/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量报名（XLSX，全部正确才保存，逐行报错） / Register many from XLSX: every row or none, bad rows reported
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["CampaignApplicationsController_import_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/applications/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载批量报名模板（XLSX） / Download the XLSX template for bulk registration
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        get: operations["CampaignApplicationsController_template_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/bureau-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 结果上报（定稿后10个工作日内） / The results report to the bureau, due 10 working days after finalization
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of its region
         */
        get: operations["ResultsController_report_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/bureau-report/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 向人社局上报认定结果 / Report the results to the bureau
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["ResultsController_submitReport_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/bureau-report/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出上报结果（XLSX，身份证号脱敏） / Export the report (XLSX, masked ID numbers)
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of its region
         */
        get: operations["ResultsController_reportXlsx_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/component-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 各考核项目成绩（含评分表状态） / Component scores with their sheets
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, evaluator — HR of the body; the bureau of its region; the committee chair named for the campaign
         */
        get: operations["CampaignScoringController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/draws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 认定计划的考评员抽取结果 / List the evaluator draws of a campaign
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of the region
         */
        get: operations["CampaignDrawsController_list_v1"];
        put?: never;
        /**
         * 为某等级某考核项目抽取考评员（系统生成并记录随机种子） / Draw evaluators for a level and component on a server-made seed, recorded
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["CampaignDrawsController_draw_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/draws/{drawId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 考评员抽取详情 / Get an evaluator draw
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of the region
         */
        get: operations["CampaignDrawsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/draws/{drawId}/replace-evaluator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 人工调整考评员（须说明理由） / Replace a drawn evaluator by hand, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["CampaignDrawsController_replace_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/draws/{drawId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 复算核验：按记录的随机种子与输入重新计算抽取结果，不保存 / Replay a saved draw from its recorded seed and inputs and report whether it matches; saves nothing
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of the region
         */
        get: operations["CampaignDrawsController_verify_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/exam-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 认定计划的考场 / The exam sessions of a campaign
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of the region; the platform
         */
        get: operations["ExamSessionsController_list_v1"];
        put?: never;
        /**
         * 新增考场（考点、考场、座位数、时间、监考） / Add an exam session: place, room, seats, times, invigilators
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["ExamSessionsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/exam-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 修改考场 / Change an exam session (the seated candidates must still fit)
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        put: operations["ExamSessionsController_update_v1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/exam-sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消考场（释放座位，须重新编排） / Cancel an exam session with a reason; its seats are freed
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["ExamSessionsController_cancel_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/exam-sessions/{id}/check-in-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 考场签到表（PDF） / The check-in list of a room as PDF
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of the region; the platform
         */
        get: operations["ExamSessionsController_checkInList_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/exam-sessions/{id}/seats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 考场座位表 / The seat plan of an exam session
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of the region; the platform
         */
        get: operations["ExamSessionsController_seats_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结果定稿并发证 / Finalize the results and issue the certificates
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["ResultsController_finalize_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/publish-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布认定结果并公示 / Publish the results for publicity (公示)
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["ResultsController_publish_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 认定结果（评分中为预览） / Results, ranked (a preview while scoring)
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of its region
         */
        get: operations["ResultsController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/results/{applicationId}/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 异议成立后更正成绩并重新公示（须说明理由） / Correct a result after an upheld objection and publicize it again, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign; only after an upheld objection (409 NO_CORRECTION_REQUIRED otherwise)
         */
        post: operations["ResultsController_correct_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/results/{applicationId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 异议成立后撤销成绩（须说明理由） / Void a result after an upheld objection, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign; only after an upheld objection (409 NO_CORRECTION_REQUIRED otherwise)
         */
        post: operations["ResultsController_voidResult_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/scoring-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评分进度（各等级、考核项目及考评员） / Scoring progress per level, component and evaluator
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of its region
         */
        get: operations["CampaignScoringController_progress_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/scoring-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评分设置（复核阈值、公示期、评审委员会主任） / Scoring settings
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the body; the bureau of its region
         */
        get: operations["CampaignScoringController_settings_v1"];
        /**
         * 修改评分设置 / Change the scoring settings
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign; the threshold before scoring starts, the rest until publication
         */
        put: operations["CampaignScoringController_updateSettings_v1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/seating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 编排考场：为某考核项目的考生分配考场和座位（同单位考生尽量不相邻，记录随机种子） / Seat the candidates of a component
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["ExamSessionsController_seat_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/start-scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开始评分（生成评分表） / Start scoring: a sheet per drawn evaluator and candidate
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["CampaignScoringController_start_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/theory-scores/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入理论考试成绩（XLSX：准考证号、成绩；逐行报告） / Import theory scores from the exam system (XLSX), with a per-row report
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["CampaignScoringController_importTheory_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 认定计划详情 / Get a campaign
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — bureau: filed campaigns of bodies in its region; HR: its own enterprise’s; worker: open campaigns where they work, and those they applied to
         */
        get: operations["CampaignsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改草稿或被退回的认定计划 / Change a draft or returned campaign
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        patch: operations["CampaignsController_update_v1"];
        trace?: never;
    };
    "/api/v1/campaigns/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 人社局确认认定计划备案 / Acknowledge a filed campaign
         * @description 访问权限 / Access: bureau_officer — the bureau the campaign was filed with
         */
        post: operations["CampaignsController_acknowledge_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消认定计划（考核开始前，须说明理由） / Cancel a campaign before assessment, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["CampaignsController_cancel_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/close-registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 手动截止报名（通常按日期自动截止） / Close registration by hand (it also closes after its date)
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["CampaignsController_closeRegistration_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 向人社局报备认定计划 / File the campaign with the bureau
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["CampaignsController_file_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/open-registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 手动开始报名（通常按日期自动开始） / Open registration by hand (it also opens on its date)
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["CampaignsController_openRegistration_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回认定计划（须说明理由） / Return a filed campaign, with a reason
         * @description 访问权限 / Access: bureau_officer — the bureau the campaign was filed with
         */
        post: operations["CampaignsController_returnCampaign_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/start-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开始考核 / Start the assessment
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["CampaignsController_startAssessment_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 证书列表 / List certificates
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — HR: certificates its evaluation body issued; bureau: those of bodies in its region; worker: own
         */
        get: operations["CertificatesController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 证书详情 / Get a certificate
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — HR: certificates its evaluation body issued; bureau: those of bodies in its region; worker: own
         */
        get: operations["CertificatesController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可验证凭证（Open Badges 3.0，JWT） / The certificate as a signed verifiable credential (Open Badges 3.0, JWT)
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — HR: certificates its evaluation body issued; bureau: those of bodies in its region; worker: own
         */
        get: operations["CertificatesController_credential_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载证书 PDF（A4，含二维码，记入审计） / Download the certificate as PDF (A4, QR code; audited)
         * @description 访问权限 / Access: bureau_officer, hr_admin, worker — HR: certificates its evaluation body issued; bureau: those of bodies in its region; worker: own
         */
        get: operations["CertificatesController_pdf_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤销证书（须说明理由） / Revoke a certificate, with a reason
         * @description 访问权限 / Access: bureau_officer, hr_admin — HR of the issuing body, or a bureau whose region covers it
         */
        post: operations["CertificatesController_revoke_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出证书数据（全国联网查询上传格式，XLSX，含完整证件号码，记入审计） / Export certificates for the national query upload (XLSX, full ID numbers, audited)
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body, its own certificates
         */
        get: operations["CertificatesController_export_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competition-promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 以赛代评晋级列表 / List competition promotions
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — bureau: enterprises in its region; HR: its enterprise; worker: own
         */
        get: operations["CompetitionPromotionsController_list_v1"];
        put?: never;
        /**
         * 申报以赛代评晋级 / Propose the promotion a competition result earns
         * @description 访问权限 / Access: hr_admin — HR of the enterprise where the worker works
         */
        post: operations["CompetitionPromotionsController_propose_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competition-promotions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 以赛代评晋级详情 / A competition promotion
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — bureau: enterprises in its region; HR: its enterprise; worker: own
         */
        get: operations["CompetitionPromotionsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competition-promotions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 核准晋级并由评价机构发证（以赛代评） / Approve; the certificate is issued with route 以赛代评
         * @description 访问权限 / Access: bureau_officer — the bureau competent for the enterprise
         */
        post: operations["CompetitionPromotionsController_approve_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competition-promotions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 不予核准（须说明理由） / Reject, with a reason
         * @description 访问权限 / Access: bureau_officer — the bureau competent for the enterprise
         */
        post: operations["CompetitionPromotionsController_reject_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competition-promotions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回申报（须说明理由） / Withdraw a proposal, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the proposing enterprise
         */
        post: operations["CompetitionPromotionsController_withdraw_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competition-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 以赛代评规则 / Competition promotion rules
         * @description 访问权限 / Access: authenticated — all rules; appliesIn narrows to one region
         */
        get: operations["CompetitionRulesController_list_v1"];
        put?: never;
        /**
         * 制定本地区以赛代评规则 / Set a competition-to-promotion rule for the region
         * @description 访问权限 / Access: bureau_officer — a bureau, for its own region
         */
        post: operations["CompetitionRulesController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competition-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 终止以赛代评规则（须说明理由） / End a rule, with a reason
         * @description 访问权限 / Access: bureau_officer — the bureau that set it
         */
        patch: operations["CompetitionRulesController_end_v1"];
        trace?: never;
    };
    "/api/v1/competitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 竞赛列表 / List competitions
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — bureau: competitions registered in its region; HR: its own contests and those of the bureaus covering it; worker: those they placed in
         */
        get: operations["CompetitionsController_list_v1"];
        put?: never;
        /**
         * 登记职业技能竞赛 / Register a graded competition
         * @description 访问权限 / Access: bureau_officer, hr_admin — bureau: any tier, in its region; HR: its own enterprise contests
         */
        post: operations["CompetitionsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 竞赛详情及名次 / A competition with the results the caller may see
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — bureau: competitions registered in its region; HR: its own contests and those of the bureaus covering it; worker: those they placed in
         */
        get: operations["CompetitionsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competitions/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 录入竞赛名次 / Record ranked results
         * @description 访问权限 / Access: bureau_officer, hr_admin — the organization that registered the competition; workers it may see
         */
        post: operations["CompetitionsController_recordResults_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/component-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 考核项目成绩列表（跨认定计划，如评审委员会主任的复核任务） / Component scores across campaigns, e.g. a chair’s moderation queue (newest campaigns first, at most 500)
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, evaluator — HR of the body; the bureau of its region; the committee chair named for the campaign
         */
        get: operations["ComponentScoresController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/component-scores/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 考核项目成绩详情 / A component score with its sheets
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, evaluator — HR of the body; the bureau of its region; the committee chair named for the campaign
         */
        get: operations["ComponentScoresController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/component-scores/{id}/absent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 标记缺考（须说明理由） / Mark the candidate absent, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["ComponentScoresController_absent_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/component-scores/{id}/moderate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 复核：确认或改分（须说明理由） / Moderate: confirm or re-score, with a reason
         * @description 访问权限 / Access: hr_admin, evaluator — HR of the body or the campaign’s committee chair, never one of the evaluators who scored it (403 MODERATOR_IS_EVALUATOR) nor anyone who must recuse from the candidate (403 MODERATOR_CONFLICT)
         */
        post: operations["ComponentScoresController_moderate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/component-scores/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 成绩无效（作弊、违纪，须说明理由） / Void for cheating or misconduct, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the evaluation body running the campaign
         */
        post: operations["ComponentScoresController_voidComponent_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评价机构备案列表 / List evaluation-body filings
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — bureau: filings of enterprises in its region; HR: its own enterprise’s filings
         */
        get: operations["EvaluationBodiesController_list_v1"];
        put?: never;
        /**
         * 申请评价机构备案（职业 × 等级） / Apply to be filed as an evaluation body for occupations × levels
         * @description 访问权限 / Access: hr_admin — enterprise HR, for its own enterprise, to a bureau whose region covers it
         */
        post: operations["EvaluationBodiesController_apply_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-bodies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评价机构备案详情 / Get an evaluation-body filing
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — bureau: filings of enterprises in its region; HR: its own enterprise’s filings
         */
        get: operations["EvaluationBodiesController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-bodies/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 准予备案并分配机构代码、站点序列码 / Approve a filing and assign the institution code and station serial
         * @description 访问权限 / Access: bureau_officer — the bureau the filing was made to
         */
        post: operations["EvaluationBodiesController_approve_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-bodies/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 恢复评价资格（须说明理由） / Reinstate a suspended filing, with a reason
         * @description 访问权限 / Access: bureau_officer — the bureau the filing was made to
         */
        post: operations["EvaluationBodiesController_reinstate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-bodies/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 不予备案（须说明理由） / Reject a filing, with a reason
         * @description 访问权限 / Access: bureau_officer — the bureau the filing was made to
         */
        post: operations["EvaluationBodiesController_reject_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-bodies/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 暂停评价资格（须说明理由） / Suspend an approved filing, with a reason
         * @description 访问权限 / Access: bureau_officer — the bureau the filing was made to
         */
        post: operations["EvaluationBodiesController_suspend_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 考评员库 / List evaluators
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — bureau: evaluators of organizations in its region; HR: its own and those shared with its region
         */
        get: operations["EvaluatorsController_list_v1"];
        put?: never;
        /**
         * 登记考评员资格 / Register an evaluator profile
         * @description 访问权限 / Access: hr_admin — enterprise HR, for users of its enterprise holding the evaluator role
         */
        post: operations["EvaluatorsController_register_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 考评员详情 / Get an evaluator profile
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — bureau: evaluators of organizations in its region; HR: its own and those shared with its region
         */
        get: operations["EvaluatorsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改考评员资格或停用（须说明理由） / Update or deactivate an evaluator profile, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the evaluator’s home enterprise
         */
        patch: operations["EvaluatorsController_update_v1"];
        trace?: never;
    };
    "/api/v1/evaluators/{id}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 考评员申报回避列表 / List declared conflicts of an evaluator
         * @description 访问权限 / Access: bureau_officer, hr_admin — bureau: all, for evaluators in its region; HR: those its enterprise declared
         */
        get: operations["EvaluatorsController_listConflicts_v1"];
        put?: never;
        /**
         * 申报回避：考评员不得考评该职工 / Declare that an evaluator must never assess a worker
         * @description 访问权限 / Access: hr_admin — HR that sees the evaluator, for its own workers
         */
        post: operations["EvaluatorsController_declareConflict_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluators/{id}/conflicts/{conflictId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 撤销申报回避（须说明理由） / Withdraw a declared conflict, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the enterprise that declared it
         */
        delete: operations["EvaluatorsController_removeConflict_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluators/{id}/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 区域内共享考评员 / Share an evaluator with every enterprise of the region, or stop sharing
         * @description 访问权限 / Access: bureau_officer — bureau: evaluators of organizations in its region
         */
        patch: operations["EvaluatorsController_share_v1"];
        trace?: never;
    };
    "/api/v1/evaluators/draw-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 试抽考评员（不保存） / Try a draw of evaluators for some candidates, without saving it
         * @description 访问权限 / Access: hr_admin — enterprise HR: its own workers as candidates, its pool and evaluators shared with its region
         */
        post: operations["EvaluatorsController_drawPreview_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 健康检查（含数据库） / Health check, including the database
         * @description 访问权限 / Access: 公开 / public
         */
        get: operations["HealthController_check_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ladder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 新八级工等级序列 / The eight-rank ladder (人社部发〔2022〕14号)
         * @description 访问权限 / Access: authenticated
         */
        get: operations["LadderController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前用户 / Who am I: roles and scope
         * @description 访问权限 / Access: authenticated
         */
        get: operations["AuthController_me_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objections/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 处理异议：成立或不成立（须说明意见） / Resolve an objection: upheld or dismissed, with a resolution
         * @description 访问权限 / Access: hr_admin, bureau_officer — HR of the publishing organization; the bureau of its region. Upheld: the entry awaits correction or withdrawal by the owning module
         */
        post: operations["ObjectionsController_resolve_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/occupations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 职业目录 / List or search occupations
         * @description 访问权限 / Access: authenticated
         */
        get: operations["OccupationsController_list_v1"];
        put?: never;
        /**
         * 新增职业 / Add an occupation
         * @description 访问权限 / Access: platform_admin, bureau_officer — platform admin: the national catalogue; bureau: the occupations it added
         */
        post: operations["OccupationsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/occupations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 职业详情 / Get an occupation
         * @description 访问权限 / Access: authenticated
         */
        get: operations["OccupationsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改职业 / Update an occupation
         * @description 访问权限 / Access: platform_admin, bureau_officer — platform admin: the national catalogue; bureau: the occupations it added
         */
        patch: operations["OccupationsController_update_v1"];
        trace?: never;
    };
    "/api/v1/occupations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出职业目录（XLSX） / Export the catalogue as XLSX
         * @description 访问权限 / Access: authenticated
         */
        get: operations["OccupationsController_export_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/occupations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入职业目录（XLSX，逐行报错） / Import occupations from XLSX with a per-row error report
         * @description 访问权限 / Access: platform_admin, bureau_officer — platform admin: the national catalogue; bureau: the occupations it added
         */
        post: operations["OccupationsController_import_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 组织列表 / List organizations
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — bureau: its region; HR: its own organization
         */
        get: operations["OrganizationsController_list_v1"];
        put?: never;
        /**
         * 登记组织 / Register an organization
         * @description 访问权限 / Access: platform_admin, bureau_officer — platform admin: bureaus; bureau officer: enterprises and agencies in its region
         */
        post: operations["OrganizationsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 组织详情 / Get an organization
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, evaluator, worker — bureau: its region; others: their own organization
         */
        get: operations["OrganizationsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改组织 / Update an organization
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — platform admin: bureaus; bureau: organizations in its region; HR: own name only
         */
        patch: operations["OrganizationsController_update_v1"];
        trace?: never;
    };
    "/api/v1/organizations/{organizationId}/tier-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业等级待遇政策（待遇、聘期、名额及使用情况） / An enterprise’s tier policy: treatment, term, quota and places held
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — bureau: its region; others: their own organization
         */
        get: operations["TierPoliciesController_list_v1"];
        put?: never;
        /**
         * 设定某等级的待遇、聘期与名额 / Set the treatment, term and quota of a tier
         * @description 访问权限 / Access: hr_admin — HR of the enterprise
         */
        post: operations["TierPoliciesController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organizationId}/tier-policies/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改或停用等级待遇政策（须说明原因） / Change or retire a tier policy, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the enterprise
         */
        patch: operations["TierPoliciesController_update_v1"];
        trace?: never;
    };
    "/api/v1/organizations/{organizationId}/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业技能等级序列 / An enterprise’s tiers with their national equivalents
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, evaluator, worker — bureau: its region; others: their own organization
         */
        get: operations["EnterpriseTiersController_list_v1"];
        put?: never;
        /**
         * 新增企业等级 / Add a tier mapped to a national rank
         * @description 访问权限 / Access: hr_admin — HR of the enterprise
         */
        post: operations["EnterpriseTiersController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organizationId}/tiers/{tierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改或停用企业等级 / Update or retire a tier
         * @description 访问权限 / Access: hr_admin — HR of the enterprise
         */
        patch: operations["EnterpriseTiersController_update_v1"];
        trace?: never;
    };
    "/api/v1/public/certificates/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 证书查验（证书编号 + 姓名，限流） / Verify a certificate by number and holder name (rate-limited)
         * @description 访问权限 / Access: 公开 / public
         */
        get: operations["PublicCertificatesController_verify_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/evaluation-bodies/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评价机构（凭证签发方）信息 / The evaluation body as credential issuer (Open Badges Profile)
         * @description 访问权限 / Access: 公开 / public
         */
        get: operations["PublicCertificatesController_issuer_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/evaluation-bodies/{organizationId}/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评价机构签名公钥（JWKS） / Public keys that sign the body’s credentials (JWKS)
         * @description 访问权限 / Access: 公开 / public
         */
        get: operations["PublicCertificatesController_jwks_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/evaluation-bodies/{organizationId}/status-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评价机构证书撤销状态列表（W3C Bitstring Status List） / Revocation status of the body’s credentials (Bitstring Status List)
         * @description 访问权限 / Access: 公开 / public
         */
        get: operations["PublicCertificatesController_statusList_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 公示列表 / List publicity notices
         * @description 访问权限 / Access: platform_admin, hr_admin, bureau_officer, worker — platform: all notices (read only); HR: notices of its organization; bureau: of organizations in its region; worker: published notices of the organization they currently work at (用工单位)
         */
        get: operations["PublicityController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 公示详情及名单 / A publicity notice with its entries
         * @description 访问权限 / Access: platform_admin, hr_admin, bureau_officer, worker — platform: all notices (read only); HR: notices of its organization; bureau: of organizations in its region; worker: published notices of the organization they currently work at (用工单位); workers do not see withdrawn entries
         */
        get: operations["PublicityController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 异议列表 / Objections to a notice
         * @description 访问权限 / Access: platform_admin, hr_admin, bureau_officer, worker — platform: all notices (read only); HR: notices of its organization; bureau: of organizations in its region; worker: published notices of the organization they currently work at (用工单位); a worker sees only the objections they filed
         */
        get: operations["PublicityController_listObjections_v1"];
        put?: never;
        /**
         * 提出异议（公示期内，实名） / File an objection during the window, under your name
         * @description 访问权限 / Access: worker — a worker currently working at the publishing organization
         */
        post: operations["PublicityController_fileObjection_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/question-banks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 题库列表 / List question banks
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR: its own enterprise’s banks; the bureau: banks of bodies in its region; the platform: all
         */
        get: operations["QuestionBanksController_list_v1"];
        put?: never;
        /**
         * 新建题库（本机构备案范围内的职业和等级） / Create a question bank for an occupation and level within the body’s filed scope
         * @description 访问权限 / Access: hr_admin — HR of an enterprise filed as an evaluation body
         */
        post: operations["QuestionBanksController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/question-banks/{bankId}/blueprints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 组卷方案列表（含缺题情况） / A bank’s blueprints, each with what the bank is short of
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR: its own enterprise’s banks; the bureau: banks of bodies in its region; the platform: all
         */
        get: operations["BlueprintsController_list_v1"];
        put?: never;
        /**
         * 新建组卷方案（合计100分） / Write a blueprint: items per knowledge point, kind and difficulty, 100 points in all
         * @description 访问权限 / Access: hr_admin — HR of the enterprise that owns the bank
         */
        post: operations["BlueprintsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/question-banks/{bankId}/blueprints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 组卷方案详情（含缺题情况） / A blueprint, with what the bank is short of
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR: its own enterprise’s banks; the bureau: banks of bodies in its region; the platform: all
         */
        get: operations["BlueprintsController_get_v1"];
        /**
         * 修改组卷方案（组卷前） / Change a blueprint before papers are assembled from it
         * @description 访问权限 / Access: hr_admin — HR of the enterprise that owns the bank
         */
        put: operations["BlueprintsController_update_v1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/question-banks/{bankId}/blueprints/{id}/papers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 试卷（含所用试题版本和答案） / The papers, with the item versions they keep and the answers
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR: its own enterprise’s banks; the bureau: banks of bodies in its region; the platform: all
         */
        get: operations["BlueprintsController_papers_v1"];
        put?: never;
        /**
         * 卷库组卷（A/B卷，记录随机种子） / Assemble the fixed papers A, B… with recorded seeds
         * @description 访问权限 / Access: hr_admin — HR of the enterprise that owns the bank
         */
        post: operations["BlueprintsController_assemble_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/question-banks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 题库详情（各状态题量） / A question bank, with item counts per status
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR: its own enterprise’s banks; the bureau: banks of bodies in its region; the platform: all
         */
        get: operations["QuestionBanksController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/question-banks/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 试题列表（含答案） / List a bank’s items, answers included
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR: its own enterprise’s banks; the bureau: banks of bodies in its region; the platform: all
         */
        get: operations["QuestionBanksController_listItems_v1"];
        put?: never;
        /**
         * 新增试题（待审核） / Write an item; it waits for review
         * @description 访问权限 / Access: hr_admin — HR of the enterprise that owns the bank
         */
        post: operations["QuestionBanksController_createItem_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/question-banks/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 试题详情 / An item
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR: its own enterprise’s banks; the bureau: banks of bodies in its region; the platform: all
         */
        get: operations["QuestionBanksController_getItem_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改试题（生成新版本，重新审核） / Change an item: a new version, reviewed again
         * @description 访问权限 / Access: hr_admin — HR of the enterprise that owns the bank
         */
        patch: operations["QuestionBanksController_updateItem_v1"];
        trace?: never;
    };
    "/api/v1/question-banks/{id}/items/{itemId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核、启用、退回或停用试题 / Review (by another person), activate, return or retire an item
         * @description 访问权限 / Access: hr_admin — HR of the enterprise that owns the bank
         */
        post: operations["QuestionBanksController_setStatus_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/question-banks/{id}/items/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出试题（XLSX） / Export the bank’s items that are not retired, in the import layout
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR: its own enterprise’s banks; the bureau: banks of bodies in its region; the platform: all
         */
        get: operations["QuestionBanksController_export_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/question-banks/{id}/items/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入试题（XLSX，逐行报错，全部无误才导入） / Import items from XLSX: every row checked, saved only when no row has an error
         * @description 访问权限 / Access: hr_admin — HR of the enterprise that owns the bank
         */
        post: operations["QuestionBanksController_import_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/question-banks/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载试题导入模板（XLSX） / Download the XLSX template for importing items
         * @description 访问权限 / Access: hr_admin — any enterprise HR
         */
        get: operations["QuestionBanksController_template_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-sheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的评分表 / My score sheets
         * @description 访问权限 / Access: evaluator — the evaluator’s own sheets: the candidates and components they were drawn for
         */
        get: operations["ScoreSheetsController_list_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-sheets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评分表详情 / A score sheet
         * @description 访问权限 / Access: evaluator — the evaluator drawn for the candidate and component; any other sheet answers 404
         */
        get: operations["ScoreSheetsController_get_v1"];
        /**
         * 保存评分草稿 / Save a draft
         * @description 访问权限 / Access: evaluator — the evaluator drawn for the candidate and component; any other sheet answers 404
         */
        put: operations["ScoreSheetsController_save_v1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/score-sheets/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交评分（提交后锁定；重复提交结果相同） / Submit and lock; a retried submission answers the same
         * @description 访问权限 / Access: evaluator — the evaluator drawn for the candidate and component; any other sheet answers 404
         */
        post: operations["ScoreSheetsController_submit_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 标准列表 / List standards
         * @description 访问权限 / Access: authenticated — national and industry standards: everyone; an enterprise’s: its own people, the bureau covering its region, the platform
         */
        get: operations["StandardsController_list_v1"];
        put?: never;
        /**
         * 新建标准或企业评价规范（草稿） / Create a standard with a first draft version
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR: for its enterprise; bureau: for an enterprise in its region; platform: national and industry
         */
        post: operations["StandardsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 标准详情 / Get a standard
         * @description 访问权限 / Access: authenticated — national and industry standards: everyone; an enterprise’s: its own people, the bureau covering its region, the platform
         */
        get: operations["StandardsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出标准（JSON） / Export a standard version as JSON
         * @description 访问权限 / Access: authenticated — national and industry standards: everyone; an enterprise’s: its own people, the bureau covering its region, the platform
         */
        get: operations["StandardsController_export_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 版本列表 / List the versions of a standard
         * @description 访问权限 / Access: authenticated — national and industry standards: everyone; an enterprise’s: its own people, the bureau covering its region, the platform
         */
        get: operations["StandardsController_listVersions_v1"];
        put?: never;
        /**
         * 新建版本（复制最新版本为草稿） / Start a new draft version, copied from the latest
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the owning enterprise, or a bureau officer covering it; national and industry standards: the platform
         */
        post: operations["StandardsController_createVersion_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 版本详情（含各等级定义） / Get a version with its level definitions
         * @description 访问权限 / Access: authenticated — national and industry standards: everyone; an enterprise’s: its own people, the bureau covering its region, the platform
         */
        get: operations["StandardsController_getVersion_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改草稿 / Edit a draft (published or pinned versions never change)
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the owning enterprise, or a bureau officer covering it; national and industry standards: the platform
         */
        patch: operations["StandardsController_updateVersion_v1"];
        trace?: never;
    };
    "/api/v1/standards/{id}/versions/{version}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核通过 / Approve
         * @description 访问权限 / Access: platform_admin, bureau_officer — a bureau officer whose region covers the owning enterprise (never the enterprise itself); national and industry standards: the platform; not the one who submitted it
         */
        post: operations["StandardsController_approve_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards/{id}/versions/{version}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审核意见 / The review thread of a version
         * @description 访问权限 / Access: authenticated — national and industry standards: everyone; an enterprise’s: its own people, the bureau covering its region, the platform
         */
        get: operations["StandardsController_comments_v1"];
        put?: never;
        /**
         * 发表意见 / Comment on a version
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — the owner side and the reviewing bureau
         */
        post: operations["StandardsController_comment_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards/{id}/versions/{version}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申报条件审核 / Check a worker’s eligibility for a level: every route, every condition, and when it will be met
         * @description 访问权限 / Access: bureau_officer, hr_admin, worker — HR of the worker’s work organization or employer; the bureau of the region; the worker themself
         */
        post: operations["WorkerEligibilityController_evaluate_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards/{id}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布（指定生效日期） / Publish with an effective date
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the owning enterprise, or a bureau officer covering it; national and industry standards: the platform; or the reviewing bureau
         */
        post: operations["StandardsController_publish_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards/{id}/versions/{version}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回修改 / Request changes
         * @description 访问权限 / Access: platform_admin, bureau_officer — a bureau officer whose region covers the owning enterprise (never the enterprise itself); national and industry standards: the platform
         */
        post: operations["StandardsController_requestChanges_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards/{id}/versions/{version}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 废止 / Retire a published version
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the owning enterprise, or a bureau officer covering it; national and industry standards: the platform; or the reviewing bureau
         */
        post: operations["StandardsController_retire_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards/{id}/versions/{version}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交审核 / Submit for review
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the owning enterprise, or a bureau officer covering it; national and industry standards: the platform
         */
        post: operations["StandardsController_submit_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards/{id}/versions/{version}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回审核 / Withdraw from review back to draft
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — HR of the owning enterprise, or a bureau officer covering it; national and industry standards: the platform
         */
        post: operations["StandardsController_withdraw_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/standards/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入标准（JSON，生成草稿） / Import a shared standard as a draft
         * @description 访问权限 / Access: bureau_officer, hr_admin — HR: into its enterprise; bureau: into an enterprise in its region
         */
        post: operations["StandardsController_import_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/title-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 比照认定规则列表 / List skill ↔ title mapping rules
         * @description 访问权限 / Access: authenticated
         */
        get: operations["TitleMappingsController_list_v1"];
        put?: never;
        /**
         * 新增比照认定规则 / Add a mapping rule
         * @description 访问权限 / Access: platform_admin, bureau_officer — bureau: the rules of its own region; platform admin: the national defaults
         */
        post: operations["TitleMappingsController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/title-mappings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 比照认定规则详情 / Get a mapping rule
         * @description 访问权限 / Access: authenticated
         */
        get: operations["TitleMappingsController_get_v1"];
        put?: never;
        post?: never;
        /**
         * 删除未生效的规则 / Delete a rule that never took effect
         * @description 访问权限 / Access: platform_admin, bureau_officer — bureau: the rules of its own region; platform admin: the national defaults
         */
        delete: operations["TitleMappingsController_remove_v1"];
        options?: never;
        head?: never;
        /**
         * 修改或终止比照认定规则 / Change a rule not yet in force, or end one
         * @description 访问权限 / Access: platform_admin, bureau_officer — bureau: the rules of its own region; platform admin: the national defaults
         */
        patch: operations["TitleMappingsController_update_v1"];
        trace?: never;
    };
    "/api/v1/title-recognitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 比照认定申请列表 / List title-recognition applications
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — bureau: enterprises in its region; HR: its enterprise; worker: own
         */
        get: operations["TitleRecognitionsController_list_v1"];
        put?: never;
        /**
         * 申请比照认定职称 / Apply for the title a skill level opens
         * @description 访问权限 / Access: worker, hr_admin — worker: for themself; HR: for a worker of its organization
         */
        post: operations["TitleRecognitionsController_apply_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/title-recognitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 比照认定申请详情 / A title-recognition application
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin, worker — bureau: enterprises in its region; HR: its enterprise; worker: own
         */
        get: operations["TitleRecognitionsController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/title-recognitions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 认定职称（记入职工档案） / Recognize the title; it joins the worker’s record
         * @description 访问权限 / Access: bureau_officer — the bureau competent for the enterprise (fixed on endorsement)
         */
        post: operations["TitleRecognitionsController_approve_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/title-recognitions/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 单位不予推荐（须说明理由） / Decline to endorse, with a reason
         * @description 访问权限 / Access: hr_admin — HR of the enterprise where the worker works
         */
        post: operations["TitleRecognitionsController_decline_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/title-recognitions/{id}/endorse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 单位推荐 / Endorse an application to the bureau
         * @description 访问权限 / Access: hr_admin — HR of the enterprise where the worker works
         */
        post: operations["TitleRecognitionsController_endorse_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/title-recognitions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 不予认定（须说明理由） / Reject, with a reason
         * @description 访问权限 / Access: bureau_officer — the bureau competent for the enterprise (fixed on endorsement)
         */
        post: operations["TitleRecognitionsController_reject_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/title-recognitions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回申请（须说明理由） / Withdraw an undecided application, with a reason
         * @description 访问权限 / Access: worker, hr_admin — the worker; HR of the enterprise where the worker works
         */
        post: operations["TitleRecognitionsController_withdraw_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户列表 / List users
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — bureau: its region; HR: its organization
         */
        get: operations["UsersController_list_v1"];
        put?: never;
        /**
         * 创建用户 / Create a user
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — platform admin → bureau officers; bureau → HR admins in its region; HR → HR admins and evaluators of its organization
         */
        post: operations["UsersController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户详情 / Get a user
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — bureau: its region; HR: its organization
         */
        get: operations["UsersController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改或停用用户 / Update or disable a user
         * @description 访问权限 / Access: platform_admin, bureau_officer, hr_admin — only users whose roles you may grant
         */
        patch: operations["UsersController_update_v1"];
        trace?: never;
    };
    "/api/v1/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 职工列表 / List workers
         * @description 访问权限 / Access: hr_admin, bureau_officer — HR: workers employed by or working at its organization; bureau: its region; worker: self
         */
        get: operations["WorkersController_list_v1"];
        put?: never;
        /**
         * 登记职工（含劳务派遣工） / Register a worker, dispatched workers included
         * @description 访问权限 / Access: hr_admin — enterprise: its staff and the dispatched workers it uses; agency: its dispatched workers
         */
        post: operations["WorkersController_create_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 职工档案 / A worker’s record (ID number masked)
         * @description 访问权限 / Access: hr_admin, bureau_officer, worker — HR: workers employed by or working at its organization; bureau: its region; worker: self
         */
        get: operations["WorkersController_get_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改职工信息 / Update a worker
         * @description 访问权限 / Access: hr_admin — HR of an organization the worker is employed by or works at
         */
        patch: operations["WorkersController_update_v1"];
        trace?: never;
    };
    "/api/v1/workers/{id}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 为职工开通账号 / Open a worker login
         * @description 访问权限 / Access: hr_admin — HR of an organization the worker is employed by or works at
         */
        post: operations["WorkersController_createAccount_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/career-path": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 职业发展路径：现有等级、下一级条件与预计达到日期、可申报职称、各级待遇 / Career path: current rank, next rungs with their conditions and dates, titles, treatment
         * @description 访问权限 / Access: bureau_officer, hr_admin, worker — HR of the worker’s work organization or employer of record; the bureau of the region; the worker themself
         */
        get: operations["CareerPathController_careerPath_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 职工的技能等级证书（含外部取得、企业评聘） / A worker’s skill credentials with their labels, newest first
         * @description 访问权限 / Access: bureau_officer, hr_admin, worker — HR of the worker’s work organization or employer of record; the bureau of the region; the worker themself. Certificate ids only where the caller may open the certificate
         */
        get: operations["CareerPathController_credentials_v1"];
        put?: never;
        /**
         * 录入已取得的技能等级证书 / Record a skill credential issued elsewhere
         * @description 访问权限 / Access: hr_admin — HR of an organization the worker is employed by or works at
         */
        post: operations["WorkersController_addCredential_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/employments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 新增用工关系 / Add an employment
         * @description 访问权限 / Access: hr_admin — HR of an organization the worker is employed by or works at
         */
        post: operations["WorkersController_addEmployment_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/employments/{employmentId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束用工关系 / End an employment
         * @description 访问权限 / Access: hr_admin — HR of the employment’s employer or work organization
         */
        post: operations["WorkersController_endEmployment_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/honors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 录入荣誉 / Record an honor
         * @description 访问权限 / Access: hr_admin — HR of an organization the worker is employed by or works at
         */
        post: operations["WorkersController_addHonor_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/id-number/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看完整身份证号码（留痕） / Reveal the full ID number (audited)
         * @description 访问权限 / Access: hr_admin, worker — HR of an organization the worker is employed by or works at; worker: self
         */
        post: operations["WorkersController_reveal_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/innovations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 录入创新成果 / Record an innovation (patent, 五小成果)
         * @description 访问权限 / Access: hr_admin — HR of an organization the worker is employed by or works at
         */
        post: operations["WorkersController_addInnovation_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 证件照（JPEG） / The worker’s photo as JPEG
         * @description 访问权限 / Access: hr_admin, worker — HR of an organization the worker is or was employed by or works at; the worker: self
         */
        get: operations["WorkerPhotosController_get_v1"];
        /**
         * 上传或更换证件照（JPEG/PNG ≤ 5 MB，按内容校验，转正、裁为 3:4 并缩放为 360×480 JPEG，去除元数据） / Set the worker’s photo: JPEG or PNG up to 5 MB, checked by content, turned upright, cropped to 3:4, 360×480 JPEG without metadata
         * @description 访问权限 / Access: hr_admin — HR of an organization the worker is employed by or works at (an employment running today)
         */
        put: operations["WorkerPhotosController_put_v1"];
        post?: never;
        /**
         * 删除证件照 / Remove the worker’s photo
         * @description 访问权限 / Access: hr_admin — HR of an organization the worker is employed by or works at (an employment running today)
         */
        delete: operations["WorkerPhotosController_remove_v1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记亲属、上下级、师徒关系（用于回避） / Record a relation used for recusal
         * @description 访问权限 / Access: hr_admin — HR of an organization the worker is employed by or works at; both workers
         */
        post: operations["WorkersController_addRelation_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/title-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可申报的职称 / Titles the worker may apply for now, and when the others open
         * @description 访问权限 / Access: bureau_officer, hr_admin, worker — HR of the worker’s work organization or employer; the bureau of the region; the worker themself
         */
        get: operations["WorkerTitleOptionsController_titleOptions_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 录入专业技术职称 / Record a professional title
         * @description 访问权限 / Access: hr_admin — HR of an organization the worker is employed by or works at
         */
        post: operations["WorkersController_addTitle_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 录入培训学时 / Record training
         * @description 访问权限 / Access: hr_admin — HR of an organization the worker is employed by or works at
         */
        post: operations["WorkersController_addTraining_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量导入职工（XLSX，逐行报错，全部有效才保存） / Import workers from XLSX: all rows saved, or none and every bad row reported
         * @description 访问权限 / Access: hr_admin — HR of an enterprise: its own staff and the dispatched workers it uses
         */
        post: operations["WorkerImportController_import_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载职工导入模板（XLSX） / Download the XLSX template for importing workers
         * @description 访问权限 / Access: hr_admin — HR of an enterprise: its own staff and the dispatched workers it uses
         */
        get: operations["WorkerImportController_template_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/photos/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量导入证件照（ZIP ≤ 50 MB、≤ 2000 个文件，文件名“姓名-身份证号.jpg”，按身份证号和姓名匹配，逐个文件报告） / Import photos from a ZIP of 姓名-身份证号.jpg files, matched by ID number and name, with a report per file
         * @description 访问权限 / Access: hr_admin — HR of an organization the workers are currently employed by or work at
         */
        post: operations["PhotoImportController_import_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddCredentialDto: {
            /** @description Certificate number as printed (issued elsewhere) */
            certificateNumber?: string;
            /** @example 2021-03-15 */
            issuedOn: string;
            /** @example 山西省职业技能鉴定指导中心 */
            issuerName: string;
            /** @example 6-18-02-04 */
            occupationCode: string;
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /** @example 电焊工 */
            workType?: string;
        };
        AddHonorDto: {
            /** @example 2024-05-01 */
            awardedOn: string;
            /**
             * @description labour_model 劳动模范, may_day_medal 五一劳动奖章, craftsman 工匠, technical_expert 技术能手, skill_master 技能大师, worker_pioneer 工人先锋号, advanced_worker 先进工作者
             * @example technical_expert
             * @enum {string}
             */
            kind: "labour_model" | "may_day_medal" | "craftsman" | "technical_expert" | "skill_master" | "worker_pioneer" | "advanced_worker";
            /** @enum {string} */
            level: "enterprise" | "city" | "provincial" | "national";
            /** @example 吕梁市技术能手 */
            name: string;
        };
        AddInnovationDto: {
            /** @example 2023-09-01 */
            achievedOn: string;
            /**
             * @description patent_invention 发明专利, patent_utility_model 实用新型专利, five_small “五小”成果, process_breakthrough 工艺技术攻关成果, quality_breakthrough 质量攻关成果, technical_contribution 重大技术贡献, craft_leadership 技艺传承领军成果, standard_authored 主持或参与制定标准
             * @example patent_utility_model
             * @enum {string}
             */
            kind: "patent_invention" | "patent_utility_model" | "five_small" | "process_breakthrough" | "quality_breakthrough" | "technical_contribution" | "craft_leadership" | "standard_authored";
            /**
             * @description Level of the award it received, if any
             * @enum {string}
             */
            level?: "enterprise" | "city" | "provincial" | "national";
            /** @example 焊缝自动跟踪装置 */
            title: string;
        };
        AddRelationDto: {
            /**
             * @description relative 近亲属; supervisor: this worker supervises the other; master: this worker is the other’s 师傅
             * @enum {string}
             */
            kind: "relative" | "supervisor" | "master";
            note?: string;
            /**
             * Format: uuid
             * @description The other worker (also within your scope)
             */
            relatedPersonId: string;
        };
        AddTitleDto: {
            /** @enum {string} */
            grade: "junior" | "intermediate" | "deputy_senior" | "senior";
            /** @example 2020-12-01 */
            obtainedOn: string;
            /**
             * @description 职称系列, e.g. engineering 工程
             * @example engineering
             */
            series: string;
            /** @example 助理工程师 */
            titleName: string;
        };
        AddTrainingDto: {
            /** @example 2025-06-30 */
            completedOn: string;
            /** @example 40 */
            hours: number;
            /** @example 焊接安全与工艺培训 */
            name: string;
        };
        AnalyticsReportDto: {
            appointments: components["schemas"]["AppointmentQuotaDto"][];
            asOf: string;
            byEmploymentType: components["schemas"]["EmploymentTypeRatesDto"][];
            byOccupation: components["schemas"]["OccupationRatesDto"][];
            byRank: components["schemas"]["RankCountDto"][];
            certificationRates: components["schemas"]["CertificationRatesDto"];
            enterprises: components["schemas"]["EnterpriseRatesDto"][];
            /** @description 考评员评分宽严 */
            evaluatorSeverity: components["schemas"]["EvaluatorSeverityDto"];
            /** @description 各职业认定通过率, from the published results of the enterprises’ campaigns */
            passRates: components["schemas"]["OccupationPassRateDto"][];
            /** @description Workers who may apply for their next rung now, within 6 and within 12 months (cumulative) */
            pipeline: components["schemas"]["PipelineDto"];
            scope: components["schemas"]["AnalyticsScopeDto"];
            /** @description Workers counted where they work now (dispatched workers at the enterprise) */
            totals: components["schemas"]["RatesDto"];
        };
        AnalyticsScopeDto: {
            /** @enum {string} */
            kind: "enterprise" | "region";
            organizationId: string | null;
            organizationName: string | null;
            regionCode: string;
            regionName: string | null;
        };
        ApplicationFileDto: {
            /** @enum {string} */
            contentType: "application/pdf" | "image/png" | "image/jpeg";
            createdAt: string;
            filename: string;
            id: string;
            sha256: string;
            sizeBytes: number;
        };
        ApplicationImportReportDto: {
            /** @description 已报名（重复上传不重复报名） / rows already registered */
            alreadyRegistered: components["schemas"]["ImportedRowDto"][];
            applications: components["schemas"]["ImportedRowDto"][];
            /** @description Bad rows with their field errors; any bad row and the upload saves nothing */
            badRows: components["schemas"]["ImportBadRowDto"][];
            /** @description Applications created by this upload (0 when any row is bad: nothing is saved then) */
            created: number;
            /** @description Data rows read */
            rows: number;
        };
        ApplicationReasonDto: {
            /**
             * @description 理由（记入审计） / reason, kept in the audit trail
             * @example 申报材料不全
             */
            reason: string;
        };
        ApplicationResponseDto: {
            campaignId: string;
            campaignName: string;
            campaignNumber: number;
            campaignStatus: string;
            createdAt: string;
            decidedAt: string | null;
            decisionReason: string | null;
            eligibilityAsOf: string;
            /** @description The eligibility report of the standards engine as of the application date */
            eligibilityReport: components["schemas"]["EligibilityReportDto"];
            /** @description 申报条件审核结果（报名日） / eligible on the application date */
            eligible: boolean;
            /** @description 用人单位 (employer of record; the agency of a dispatched worker) */
            employerOrganizationId: string;
            employerOrganizationName: string;
            /** @enum {string} */
            employmentType: "regular" | "dispatched" | "outsourced" | "intern" | "apprentice";
            employmentTypeLabel: string;
            /** @description 破格 */
            exceptional: boolean;
            exceptionalRouteCode: string | null;
            fileCount: number;
            fullName: string;
            id: string;
            /** @example 141102********1234 */
            idNumberMasked: string;
            occupationCode: string;
            /** @description The evaluation body (where the worker works, 用工单位) */
            organizationId: string;
            organizationName: string;
            personId: string;
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
            rankLabel: string;
            /** @description The route met, if any */
            routeCode: string | null;
            /** @enum {string} */
            source: "worker" | "hr" | "import";
            sourceLabel: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "withdrawn";
            statusLabel: string;
            /** @description 准考证号 */
            ticketNumber: string | null;
            withdrawalReason: string | null;
            withdrawnAt: string | null;
        };
        ApplicationResultDto: {
            applicationId: string;
            finalizedOn: string | null;
            /** @description The publicity notice (公示) of the results, for objections */
            noticeId: string | null;
            publishedOn: string | null;
            result: components["schemas"]["CandidateResultDto"] | null;
            /**
             * @description not_published: scoring goes on; nothing is shown before publication
             * @enum {string}
             */
            stage: "not_published" | "published" | "finalized";
        };
        ApplyFilingDto: {
            /**
             * Format: uuid
             * @description 受理的人社局; defaults to the most local active bureau whose region covers the enterprise
             */
            bureauId?: string;
            /** @example 本企业焊工队伍 320 人，具备实操考核场地 */
            note?: string;
            /** @description 备案范围：职业 × 等级 / scope: occupations × levels */
            scope: components["schemas"]["FilingScopeItemDto"][];
        };
        ApplyTitleRecognitionDto: {
            /**
             * Format: uuid
             * @description The worker; a worker applying for themself may omit it, HR must give it
             */
            personId?: string;
            /** @description 个人陈述 / statement */
            statement?: string;
            /**
             * @example intermediate
             * @enum {string}
             */
            titleGrade: "junior" | "intermediate" | "deputy_senior" | "senior";
            /**
             * @description 职称系列 the mapping opens
             * @example engineering
             */
            titleSeries: string;
        };
        AppointDto: {
            /**
             * @description First day of the term; defaults to today, never in the past
             * @example 2026-11-01
             */
            startsOn?: string;
        };
        AppointmentBureauDto: {
            decidedAt: string | null;
            /** @description The confirming bureau */
            id: string;
            note: string | null;
        };
        AppointmentPublicityDto: {
            /** @description Last working day of the window */
            endsOn: string | null;
            noticeId: string;
        };
        AppointmentQuotaDto: {
            explanation: string;
            held: number;
            limit: number | null;
            /** @enum {string} */
            nationalRank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            organizationId: string;
            organizationName: string;
            policyId: string;
            remaining: number | null;
            tierName: string;
        };
        AppointmentResponseDto: {
            allowedActions: string[];
            appointedOn: string | null;
            bureau: components["schemas"]["AppointmentBureauDto"] | null;
            credentialId: string | null;
            eligibility: components["schemas"]["EligibilityReportDto"];
            endedOn: string | null;
            endReason: string | null;
            id: string;
            nationalRank: Record<string, never>;
            nationalRankLabel: string;
            /** @enum {string} */
            nominatedVia: "hr" | "self";
            nominationNote: string | null;
            occupationCode: string;
            organizationId: string;
            organizationName: string;
            personId: string;
            personName: string;
            policyId: string;
            publicity: components["schemas"]["AppointmentPublicityDto"] | null;
            /** @description The policy’s places, for HR and the bureau */
            quota: components["schemas"]["QuotaStatusDto"] | null;
            renewals: number;
            reviews: components["schemas"]["AppointmentReviewDto"][];
            reviewScore: number | null;
            /** @enum {string} */
            status: "nominated" | "declined" | "reviewed" | "not_passed" | "in_publicity" | "awaiting_confirmation" | "confirmed" | "bureau_rejected" | "appointed" | "expired" | "revoked" | "withdrawn";
            statusLabel: string;
            termEndsOn: string | null;
            termStartsOn: string | null;
            /** @example 特级技师 */
            tierName: string;
            treatment: Record<string, never> | null;
        };
        AppointmentReviewDto: {
            comment: string | null;
            committeeSize: number;
            id: string;
            /** @enum {string} */
            kind: "appointment" | "renewal";
            passed: boolean;
            passMark: number;
            results: components["schemas"]["CriterionResultDto"][];
            reviewedOn: string;
            total: number;
        };
        ApproveApplicationDto: {
            /** @description 审核意见 / note */
            note?: string;
        };
        ApproveFilingDto: {
            /**
             * @description 机构代码 (4 digits, 0000 when filed provincially); required on a body’s first approval, then fixed
             * @example 0000
             */
            institutionCode?: string;
            /** @description 审核意见 / decision note */
            note?: string;
            /**
             * @description 评价机构(站点)序列码 (6 digits); required on a body’s first approval, then fixed
             * @example 000123
             */
            stationSerial?: string;
        };
        AuditChainBreakDto: {
            /** @description The chain: an organization’s, or the platform’s */
            chainKey: string;
            /** @description The event where the chain breaks */
            id: string;
            /**
             * @description hash_mismatch: the event was altered; prev_hash_mismatch or seq_gap: an event was removed or inserted
             * @enum {string}
             */
            problem: "hash_mismatch" | "prev_hash_mismatch" | "seq_gap";
            seq: number;
        };
        AuditChainStatusDto: {
            /** @description Chains checked */
            chains: number;
            /** @description When the check ran */
            checkedAt: string;
            /** @description Events verified (up to the break, when there is one) */
            events: number;
            firstBreak: components["schemas"]["AuditChainBreakDto"] | null;
            /** @description No chain is broken */
            intact: boolean;
        };
        AuditEventDto: {
            /** @example user.create */
            action: string;
            actorUserId: string | null;
            actorUsername: string | null;
            /** @description The record after the change */
            after: {
                [key: string]: unknown;
            } | null;
            /** @description The record before the change */
            before: {
                [key: string]: unknown;
            } | null;
            entityId: string | null;
            /** @example user */
            entityType: string;
            id: string;
            occurredAt: string;
            organizationId: string | null;
            reason: string | null;
            requestId: string | null;
        };
        BitstringStatusListCredentialDto: {
            /**
             * @example [
             *       "https://www.w3.org/ns/credentials/v2"
             *     ]
             */
            "@context": string[];
            credentialSubject: components["schemas"]["BitstringStatusListDto"];
            /** @example https://skills.example/api/v1/public/evaluation-bodies/6b0d1f2e-3c4a-4b5c-8d6e-7f8091a2b3c4/status-list */
            id: string;
            /** @description The evaluation body (its Open Badges issuer profile URL) */
            issuer: string;
            /**
             * @example [
             *       "VerifiableCredential",
             *       "BitstringStatusListCredential"
             *     ]
             */
            type: string[];
            /**
             * Format: date-time
             * @description When this answer was made: the list is current as of then
             */
            validFrom: string;
        };
        BitstringStatusListDto: {
            /**
             * @description GZIP-compressed bitstring of at least 131,072 entries, multibase base64url (prefix `u`); bit i (most significant bit first) is set when the certificate at statusListIndex i is revoked
             * @example uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA
             */
            encodedList: string;
            /** @example https://skills.example/api/v1/public/evaluation-bodies/6b0d1f2e-3c4a-4b5c-8d6e-7f8091a2b3c4/status-list#list */
            id: string;
            /** @enum {string} */
            statusPurpose: "revocation";
            /** @enum {string} */
            type: "BitstringStatusList";
        };
        BlueprintDto: {
            /**
             * @description 考试时长（分钟）
             * @example 90
             */
            durationMinutes: number;
            /**
             * @description 组卷方式：fixed 卷库（A/B卷），per_candidate 千人千卷
             * @enum {string}
             */
            mode: "fixed" | "per_candidate";
            /**
             * @description 多选题计分：all_or_nothing 错选、多选、少选均不得分；half_for_subset 少选得一半
             * @enum {string}
             */
            multipleChoiceRule: "all_or_nothing" | "half_for_subset";
            /** @example 2026年焊工四级理论知识组卷方案 */
            name: string;
            /**
             * @description 卷库方式的试卷套数（A、B…）
             * @example 2
             */
            paperCount?: number;
            /**
             * @description 及格分（满分100）
             * @example 60
             */
            passMark: number;
            /** @description 组卷规则：知识点 × 题型 × 难度的题量和分值，合计100分 */
            rules: components["schemas"]["BlueprintRuleDto"][];
        };
        BlueprintResponseDto: {
            /** Format: uuid */
            bankId: string;
            durationMinutes: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            mode: "fixed" | "per_candidate";
            modeLabel: string;
            /** @enum {string} */
            multipleChoiceRule: "all_or_nothing" | "half_for_subset";
            name: string;
            paperCount: number | null;
            /** @description 已组成的试卷套数 */
            papers: number;
            passMark: number;
            rules: components["schemas"]["BlueprintRuleDto"][];
            /** @description 按题库中已启用的试题计算，现在缺少的题量；为空表示可以组卷 */
            shortfalls: components["schemas"]["ShortfallDto"][];
            /** Format: date-time */
            updatedAt: string;
        };
        BlueprintRuleDto: {
            /**
             * @description 题量
             * @example 20
             */
            count: number;
            /** @description 难度；null 为不限 */
            difficulty: number | null;
            /** @enum {string} */
            kind: "single_choice" | "multiple_choice" | "true_false" | "fill_in" | "short_answer";
            /** @example 1.1 安全用电 */
            knowledgePoint: string;
            /**
             * @description 每题分值（最多一位小数）
             * @example 1
             */
            pointsEach: number;
        };
        BureauReportDto: {
            campaignId: string;
            campaignName: string;
            dueOn: string;
            dueProvisional: boolean;
            finalizedOn: string;
            items: components["schemas"]["CandidateResultDto"][];
            occupationCode: string;
            occupationName: string;
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            status: "due" | "overdue" | "submitted" | "submitted_late";
            statusLabel: string;
            submittedAt: string | null;
        };
        CalendarYearResponseDto: {
            holidays: string[];
            loadedAt: string | null;
            loadedBy: string | null;
            loadedByOrganizationId: string | null;
            /** @description Whether working days of this year are counted on an official schedule */
            official: boolean;
            /** @enum {string} */
            origin: "loaded" | "built_in" | "none";
            originLabel: string;
            sourceNote: string | null;
            workdays: string[];
            year: number;
        };
        CampaignComponentDto: {
            candidatesPerEvaluator: number | null;
            kind: string;
            label: string;
            minEvaluators: number;
            oddEvaluators: boolean;
            passMark: number;
            weight: number;
        };
        CampaignDrawDto: {
            algorithm: string;
            /** @description Qualifications were checked on this date */
            assessmentDate: string;
            campaignId: string;
            candidateCount: number;
            /** @description 人工调整记录 / manual changes */
            changes: components["schemas"]["DrawChangeDto"][];
            /** @enum {string} */
            component: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
            componentLabel: string;
            createdAt: string;
            drawnBy: string | null;
            evaluatorCount: number;
            id: string;
            panels: components["schemas"]["CampaignPanelDto"][];
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
            rankLabel: string;
            reason: string | null;
            /** @description 因回避排除的考评员–考生配对数 / pairings ruled out by recusal */
            recusalsApplied: number;
            rule: components["schemas"]["CampaignDrawRuleDto"];
            /** @description 系统生成的随机种子，可用 verify 复算 / the server-made seed; …/verify replays the draw from it */
            seed: number;
            /** @enum {string} */
            status: "current" | "superseded";
            supersededAt: string | null;
        };
        CampaignDrawRequestDto: {
            /**
             * @description 考核项目 / assessment component of the pinned standard level
             * @example practical
             * @enum {string}
             */
            component: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
            /**
             * @example L4
             * @enum {string}
             */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
            /** @description 重新抽取的理由（已有抽取结果时必填，记入审计） / required to redraw, kept in the audit trail */
            reason?: string;
            /** @description 本次抽取的考评员工作量上限（默认取认定计划的设置） / workload cap for this draw; defaults to the campaign’s */
            workloadCap?: number;
        };
        CampaignDrawRuleDto: {
            candidatesPerEvaluator: number | null;
            minEvaluators: number;
            oddCount: boolean;
            workloadCap: number | null;
        };
        CampaignDrawVerificationDto: {
            algorithm: string;
            /** @description 不一致之处 / what differs, zh-CN first */
            differences: string[];
            drawId: string;
            /** @description 抽取时的考评组（还原人工调整） / the panels as drawn, manual changes undone */
            drawn: components["schemas"]["VerifiedPanelDto"][];
            /** @description 人工调整次数（比对前已还原） / manual changes, undone before comparing */
            manualChanges: number;
            /** @description 复算结果与保存的抽取结果一致 / the replay gives the saved panels */
            matches: boolean;
            /** @description 按记录的种子与输入复算的考评组 / the panels the replay gives */
            replayed: components["schemas"]["VerifiedPanelDto"][];
            seed: number;
        };
        CampaignLevelDto: {
            capacity: number;
            /** @description 考核项目（来自所依据的标准版本） / assessment components of the pinned version */
            components: components["schemas"]["CampaignComponentDto"][];
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
            rankLabel: string;
            seatsLeft: number;
            /** @description 待审核与已通过的报名 / pending and approved applications */
            seatsTaken: number;
        };
        CampaignLevelInputDto: {
            /**
             * @description 名额 / seats for this level
             * @example 50
             */
            capacity: number;
            /**
             * @example L4
             * @enum {string}
             */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
        };
        CampaignNoteDto: {
            /** @description 备注（记入审计） / note, kept in the audit trail */
            note?: string;
        };
        CampaignPanelDto: {
            candidates: components["schemas"]["PanelCandidateDto"][];
            evaluators: components["schemas"]["PanelEvaluatorDto"][];
            /** @description 考评组序号 / panel number, from 1 */
            number: number;
        };
        CampaignReasonDto: {
            /**
             * @description 理由（记入审计） / reason, kept in the audit trail
             * @example 考核场地与日期冲突，请调整
             */
            reason: string;
        };
        CampaignResponseDto: {
            /** @description What the caller may do next */
            allowedActions: ("file" | "acknowledge" | "return" | "open_registration" | "close_registration" | "start_assessment" | "start_scoring" | "publish_results" | "finalize" | "cancel")[];
            allowedEmploymentTypeLabels: string[];
            allowedEmploymentTypes: ("regular" | "dispatched" | "outsourced" | "intern" | "apprentice")[];
            assessmentEndsOn: string;
            assessmentStartsOn: string;
            bureauId: string | null;
            bureauName: string | null;
            createdAt: string;
            filedAt: string | null;
            id: string;
            levels: components["schemas"]["CampaignLevelDto"][];
            name: string;
            /** @description 计划编号 / campaign number */
            number: number;
            occupationCode: string;
            occupationName: string;
            /** @description The evaluation body running it */
            organizationId: string;
            organizationName: string;
            registrationClosesOn: string;
            registrationOpensOn: string;
            standard: components["schemas"]["CampaignStandardDto"];
            /** @enum {string} */
            status: "draft" | "filed" | "acknowledged" | "returned" | "registration_open" | "registration_closed" | "assessing" | "scoring" | "publicity" | "finalized" | "cancelled";
            statusLabel: string;
            /** @description 退回或取消的理由 */
            statusReason: string | null;
            workloadCap: number | null;
        };
        CampaignResultsDto: {
            campaignId: string;
            failed: number;
            finalizedOn: string | null;
            items: components["schemas"]["CandidateResultDto"][];
            noticeId: string | null;
            passed: number;
            publishedOn: string | null;
            /**
             * @description preview: computed from the scores so far, not yet published
             * @enum {string}
             */
            stage: "preview" | "published" | "finalized";
            voided: number;
        };
        CampaignStandardDto: {
            source: string;
            standardId: string;
            title: string;
            version: number;
            versionId: string;
        };
        CancelExamSessionDto: {
            /**
             * @description 取消理由（记入审计）
             * @example 考场停电，改期
             */
            reason: string;
        };
        CandidateResultDto: {
            applicationId: string;
            certificateNumber: string | null;
            components: components["schemas"]["ResultComponentDto"][];
            /** @description 异议成立，待更正或撤销 / an upheld objection awaits correction or voiding */
            correctionRequired: boolean;
            failedComponents: string[];
            /** @example 141102********1234 */
            idNumberMasked: string;
            missingComponents: string[];
            name: string;
            personId: string;
            /** @description 名次（本等级，同分同名次） / place in the level, ties share */
            position: number | null;
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
            rankLabel: string;
            revision: number;
            /**
             * @description incomplete: a component is still being scored (preview only)
             * @enum {string}
             */
            status: "passed" | "failed" | "voided" | "incomplete";
            statusLabel: string;
            /** @description 准考证号 */
            ticketNumber: string | null;
            voidReason: string | null;
            /** @description 加权总成绩（2位小数） / weighted total, 2 decimals */
            weightedTotal: number | null;
        };
        CareerAppointmentDto: {
            id: string;
            /** @enum {string} */
            nationalRank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            organizationId: string;
            status: string;
            statusLabel: string;
            termEndsOn: string | null;
            termStartsOn: string | null;
            tierName: string;
            treatment: components["schemas"]["TreatmentDto"] | null;
        };
        CareerPathResponseDto: {
            appointments: components["schemas"]["CareerAppointmentDto"][];
            /** @description China date the path is computed for */
            asOf: string;
            fullName: string;
            paths: components["schemas"]["OccupationPathDto"][];
            personId: string;
            timeline: components["schemas"]["TimelineEventDto"][];
            titleOptions: components["schemas"]["TitleOptionsReportDto"];
        };
        CertificateCredentialResponseDto: {
            /** @description The Open Badges 3.0 AchievementCredential the JWT secures (its claims set) */
            credential: Record<string, never>;
            /** @description The JWT’s protected header */
            header: Record<string, never>;
            /** @description Where the issuing body’s public keys are published */
            jwksUrl: string;
            /** @description The credential secured as a JWT (VC-JOSE-COSE, typ vc+jwt, EdDSA / Ed25519) */
            jwt: string;
            /**
             * @description Current status; a signed credential cannot show a later revocation
             * @enum {string}
             */
            status: "valid" | "revoked";
        };
        CertificateResponseDto: {
            applicationId: string | null;
            bodyName: string;
            /** @description The issuing evaluation body */
            bodyOrganizationId: string;
            campaignId: string | null;
            /** @description 证书编号 (22 characters) */
            certificateNumber: string;
            competitionResultId: string | null;
            createdAt: string;
            holderName: string;
            id: string;
            /**
             * @description Always masked; the full number is printed on the PDF only
             * @example 141102********1234
             */
            idNumberMasked: string;
            /** @enum {string} */
            idType: "resident_id";
            idTypeLabel: string;
            /** @example 2026-09-30 */
            issuedOn: string;
            /** @example 三级/高级工 */
            levelLabel: string;
            occupationCode: string;
            occupationName: string;
            personId: string;
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
            revocationReason: string | null;
            revokedAt: string | null;
            revokedBy: string | null;
            /** @enum {string} */
            route: "campaign" | "competition";
            /** @enum {string} */
            status: "valid" | "revoked";
            statusLabel: string;
            /** @description Public verification URL (the QR code adds the holder’s name) */
            verificationUrl: string;
            workType: string | null;
            /** @description 工种 as printed, "--" when none */
            workTypeLabel: string;
        };
        CertificationRatesDto: {
            /** @description 劳务派遣工 */
            dispatched: components["schemas"]["RatesDto"];
            /** @description 正式职工 */
            regular: components["schemas"]["RatesDto"];
        };
        CommentDto: {
            body: string;
            /** @example levels[0].routes[1] */
            fieldPath?: string;
        };
        CommentResponseDto: {
            /** @enum {string|null} */
            action: "submit" | "withdraw" | "request_changes" | "approve" | "publish" | "retire" | null;
            authorName: string;
            authorRole: string;
            body: string | null;
            createdAt: string;
            fieldPath: string | null;
            id: string;
            organizationId: string | null;
        };
        CompetitionPromotionResponseDto: {
            allowedActions: string[];
            bureauId: string;
            certificateId: string | null;
            certificateNumber: string | null;
            competition: components["schemas"]["PromotionCompetitionDto"];
            decidedAt: string | null;
            decisionReason: string | null;
            fromRank: string | null;
            fromRankLabel: string;
            id: string;
            issuedOn: string | null;
            occupationCode: string;
            organizationId: string;
            organizationName: string;
            personId: string;
            personName: string;
            promotionYear: number;
            proposalNote: string | null;
            result: components["schemas"]["PromotionResultDto"];
            ruleId: string;
            /** @enum {string} */
            status: "proposed" | "approved" | "rejected" | "withdrawn";
            statusLabel: string;
            targetRank: Record<string, never>;
            targetRankLabel: string;
        };
        CompetitionResponseDto: {
            heldOn: string;
            id: string;
            name: string;
            organizationId: string;
            organizationName: string;
            organizer: string;
            regionCode: string;
            /** @description The results the caller may see */
            results: components["schemas"]["CompetitionResultView"][];
            /** @enum {string} */
            tier: "national" | "provincial" | "city_class_1" | "city_class_2" | "enterprise";
            tierLabel: string;
        };
        CompetitionResultView: {
            fieldSize: number | null;
            id: string;
            occupationCode: string;
            personId: string;
            personName: string;
            /** @description 名次 */
            placing: number;
        };
        CompetitionRuleResponseDto: {
            basis: string | null;
            effectiveFrom: string;
            effectiveTo: string | null;
            id: string;
            maxPlacing: number | null;
            maxRank: Record<string, never>;
            maxTopPercent: number | null;
            /** @enum {string} */
            mode: "target" | "one_up";
            organizationId: string;
            regionCode: string;
            requiredRank: string | null;
            /** @description zh-CN, e.g. 市级一类竞赛前10名 → 二级/技师 */
            summary: string;
            targetRank: string | null;
            /** @enum {string} */
            tier: "national" | "provincial" | "city_class_1" | "city_class_2" | "enterprise";
            tierLabel: string;
        };
        ComponentProgressDto: {
            /** @description 缺考 / absent */
            absent: number;
            /** @description 考生数 / candidates */
            candidates: number;
            /** @description 保留合格成绩 / carried over */
            carriedOver: number;
            /** @enum {string} */
            component: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
            componentLabel: string;
            /** @description Empty for components without sheets (theory is imported) */
            evaluators: components["schemas"]["EvaluatorProgressDto"][];
            /** @description 待复核 / awaiting moderation */
            moderation: number;
            /** @description 评分中或待导入 / awaiting sheets or the import */
            pending: number;
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
            /** @description 已评定（不含保留） / scored in this campaign */
            scored: number;
            sheetsDrafted: number;
            sheetsNotStarted: number;
            sheetsSubmitted: number;
            /** @description 成绩无效 / voided */
            voided: number;
        };
        ComponentScoreDto: {
            /** @description The mean of the sheets as aggregated */
            aggregateScore: number | null;
            applicationId: string;
            campaignId: string;
            campaignName: string;
            candidateName: string;
            /** @description Passed on this date in an earlier campaign */
            carriedOverFrom: string | null;
            /** @enum {string} */
            component: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
            componentLabel: string;
            /** @description [lowest, highest] dropped with five or more sheets */
            dropped: number[];
            id: string;
            maxScore: number;
            /** @description { action, reason, moderatedBy, moderatedAt } */
            moderation: Record<string, never> | null;
            moderationThreshold: number;
            passMark: number;
            personId: string;
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
            revision: number;
            /** @description The component score in force (1 decimal) */
            score: number | null;
            sheets: components["schemas"]["ComponentSheetDto"][];
            /** @enum {string|null} */
            source: "sheets" | "import" | "moderation" | "correction" | "carried_over" | null;
            sourceLabel: string | null;
            /** @description Highest minus lowest sheet */
            spread: number | null;
            /** @description 缺考或成绩无效的原因 / why absent or voided */
            stateReason: string | null;
            /** @enum {string} */
            status: "pending" | "moderation" | "scored" | "absent" | "voided";
            statusLabel: string;
            ticketNumber: string | null;
            /** @enum {string|null} */
            voidKind: "cheating" | "misconduct" | null;
            voidKindLabel: string | null;
            weight: number;
        };
        ComponentSheetDto: {
            evaluatorName: string;
            evaluatorProfileId: string;
            score: number | null;
            sheetId: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "cancelled";
            submittedAt: string | null;
        };
        ConditionResultDto: {
            actual: components["schemas"]["MeasureDto"];
            /** @description For any_of: each alternative, explained */
            anyOf?: components["schemas"]["ConditionResultDto"][];
            evidence: components["schemas"]["EvidenceRefDto"][];
            /** @example years_in_occupation */
            kind: string;
            /** @example 从事本职业或相关职业工作满5年 */
            label: string;
            met: boolean;
            /** @description Met: since when. Not met: when time alone meets it, or null */
            metOn: string | null;
            required: components["schemas"]["MeasureDto"];
        };
        ConditionsFromDto: {
            source: string;
            standardId: string;
            version: number;
        };
        CorrectResultDto: {
            /**
             * @description 更正的考核项目 / the component re-scored
             * @enum {string}
             */
            component: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
            /**
             * @description 更正理由（记入审计） / reason, kept in the audit trail
             * @example 经核查评分记录，实操第二题漏计6分
             */
            reason: string;
            /**
             * @description 更正后的分数，最多1位小数 / corrected score, one decimal at most
             * @example 64
             */
            score: number;
        };
        CreateApplicationDto: {
            /**
             * Format: uuid
             * @description HR: the worker registered (required); a worker applies for themself and leaves it out
             */
            personId?: string;
            /**
             * @description 申报等级 / level applied for
             * @example L4
             * @enum {string}
             */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
        };
        CreateCampaignDto: {
            /** @description 可报名的用工形式 / employment types admitted; default all five */
            allowedEmploymentTypes?: ("regular" | "dispatched" | "outsourced" | "intern" | "apprentice")[];
            /** @example 2026-11-05 */
            assessmentEndsOn: string;
            /** @example 2026-11-03 */
            assessmentStartsOn: string;
            /** @description 认定等级与名额 / levels and their seats */
            levels: components["schemas"]["CampaignLevelInputDto"][];
            /** @example 2026年第四季度焊工职业技能等级认定 */
            name: string;
            /**
             * @description 职业编码 (国家职业分类大典)
             * @example 6-18-02-04
             */
            occupationCode: string;
            /**
             * @description 报名截止日期 (inclusive)
             * @example 2026-10-20
             */
            registrationClosesOn: string;
            /**
             * @description 报名开始日期 (China date)
             * @example 2026-10-08
             */
            registrationOpensOn: string;
            /**
             * Format: uuid
             * @description 所依据的标准版本：已发布且在考核开始日有效 / a published standard version in force on the assessment start date
             */
            standardVersionId: string;
            /**
             * @description 考评员工作量上限（跨认定计划，考生人次） / most candidates one evaluator assesses across live campaigns
             * @example 40
             */
            workloadCap?: number;
        };
        CreateCompetitionDto: {
            /**
             * @description 举办日期; its year is the year of any promotion it gives
             * @example 2026-08-20
             */
            heldOn: string;
            /** @example 吕梁市第五届职业技能大赛（焊工项目） */
            name: string;
            /** @example 吕梁市人力资源和社会保障局、吕梁市总工会 */
            organizer: string;
            /**
             * @description national 国家级, provincial 省级, city_class_1 市级一类, city_class_2 市级二类, enterprise 企业级 (HR registers enterprise contests only)
             * @enum {string}
             */
            tier: "national" | "provincial" | "city_class_1" | "city_class_2" | "enterprise";
        };
        CreateCompetitionRuleDto: {
            /** @example 吕人社发〔2026〕3号 */
            basis?: string;
            /** @example 2026-01-01 */
            effectiveFrom: string;
            /** @example 2028-12-31 */
            effectiveTo?: string;
            /**
             * @description Placed within this rank …
             * @example 10
             */
            maxPlacing?: number;
            /**
             * @description one_up: the highest rank it gives
             * @default L1
             * @enum {string}
             */
            maxRank: "L5" | "L4" | "L3" | "L2" | "L1";
            /**
             * @description … or within this top share of the field (either bound suffices; give at least one)
             * @example 30
             */
            maxTopPercent?: number;
            /**
             * @description target: straight to targetRank; one_up: one rank above the current one, at most maxRank
             * @enum {string}
             */
            mode: "target" | "one_up";
            /**
             * @description Only for holders of exactly this rank in the occupation (e.g. 技师 → 高级技师)
             * @enum {string}
             */
            requiredRank?: "L5" | "L4" | "L3" | "L2" | "L1";
            /**
             * @example L2
             * @enum {string}
             */
            targetRank?: "L5" | "L4" | "L3" | "L2" | "L1";
            /** @enum {string} */
            tier: "national" | "provincial" | "city_class_1" | "city_class_2" | "enterprise";
        };
        CreateEnterpriseTierDto: {
            description?: string;
            /** @example 技能专家 */
            name: string;
            /**
             * @description The national rank this tier is equivalent to (required: no tier without a mapping)
             * @enum {string}
             */
            nationalRank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /**
             * @description Orders tiers that split one national rank: higher is senior
             * @default 0
             */
            subOrder: number;
        };
        CreateOccupationDto: {
            /**
             * @description 职业编码（国家职业分类大典） / occupation code
             * @example 6-18-02-04
             */
            code: string;
            /** @example Welder */
            nameEn?: string;
            /** @example 焊工 */
            nameZh: string;
            /**
             * @description 相关职业编码 / related occupations
             * @example [
             *       "6-18-01-02"
             *     ]
             */
            relatedCodes?: string[];
            /**
             * @description 来源 / where the entry comes from
             * @example 国家职业分类大典（2022年版）
             */
            sourceNote?: string;
            /**
             * @description 工种 / work types
             * @example [
             *       "电焊工"
             *     ]
             */
            workTypes?: string[];
        };
        CreateOrganizationDto: {
            /**
             * @description 统一社会信用代码; required for enterprises and agencies
             * @example 91141100MA0K1234XM
             */
            creditCode?: string;
            /**
             * @description bureau: platform admin only; enterprise / dispatch_agency: a bureau officer of the region
             * @enum {string}
             */
            kind: "bureau" | "enterprise" | "dispatch_agency";
            /** @example 吕梁市人力资源和社会保障局 */
            name: string;
            /**
             * @description 6位行政区划代码 / administrative division code
             * @example 141100
             */
            regionCode: string;
        };
        CreateQuestionBankDto: {
            /** @example 焊工四级理论知识题库 */
            name: string;
            /**
             * @description 职业编码（须在本机构已备案的评价范围内）
             * @example 6-18-02-04
             */
            occupationCode: string;
            /**
             * @description 等级
             * @example L4
             * @enum {string}
             */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
        };
        CreateStandardDto: {
            /** @example 2026版 */
            label?: string;
            /** @description Per level: rank, routes (申报条件, kinds standard | exceptional 破格 | competition 以赛代评), components (theory | practical | comprehensive_review | performance_review | defense, with maxScore, passMark, weight %, minEvaluators, oddEvaluators, candidatesPerEvaluator, optional rubric), carryOverYears. Omit to start from the national standard of the occupation, or the national template. */
            levels?: Record<string, never>[];
            notes?: string;
            /** Format: uuid */
            occupationId: string;
            /**
             * Format: uuid
             * @description The owning enterprise; a bureau officer names one in its region, HR owns its own
             */
            organizationId?: string;
            /**
             * @description HR and bureau: enterprise (the default); platform admin: national or industry
             * @enum {string}
             */
            source?: "national" | "industry" | "enterprise";
            /**
             * @description Defaults to 「职业名称」企业评价规范
             * @example 井下智能开采员企业评价规范
             */
            title?: string;
        };
        CreateTierPolicyDto: {
            /** @description 须报人社局确认; always true for 特级技师 and 首席技师 */
            bureauConfirmation?: boolean;
            /**
             * Format: uuid
             * @description One of the enterprise’s own tiers (技能专家 …); omit when nationalRank is given
             */
            enterpriseTierId?: string;
            /**
             * @description Smallest review committee (always odd)
             * @example 3
             */
            minReviewers?: number;
            /**
             * @description 月度津贴 (CNY)
             * @example 3000
             */
            monthlyAllowance?: number;
            /**
             * @description A national rank (e.g. special 特级技师); omit when enterpriseTierId is given
             * @enum {string}
             */
            nationalRank?: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /**
             * @description Weighted total a review must reach
             * @example 60
             */
            passMark?: number;
            /**
             * @description grassroots_manager 基层管理人员 / Grassroots manager, middle_manager 中层干部 / Middle management, deputy_general_manager 公司副总 / Deputy general manager, senior_manager 高级管理人员 / Senior management
             * @enum {string}
             */
            postGrade?: "grassroots_manager" | "middle_manager" | "deputy_general_manager" | "senior_manager";
            quota?: components["schemas"]["QuotaDto"];
            /** @description 评审要素与权重; defaults to innovation 35, problem solving 35, contribution 30, education 0 */
            rubric?: components["schemas"]["RubricCriterionDto"][];
            /**
             * @description 聘期 in months; required for appointment tiers (特级技师, 首席技师, the enterprise’s own), not allowed otherwise
             * @example 36
             */
            termMonths?: number;
            /**
             * @description 比照职称待遇, e.g. senior 正高级
             * @enum {string}
             */
            titleGrade?: "junior" | "intermediate" | "deputy_senior" | "senior";
        };
        CreateTitleMappingDto: {
            /**
             * @description 文件依据 / the document it rests on
             * @example 吕人社发〔2026〕1号
             */
            basis?: string;
            /** @enum {string} */
            direction: "skill_to_title" | "title_to_skill";
            /** @example 2027-01-01 */
            effectiveFrom: string;
            /**
             * @description Last day in force; open-ended when omitted
             * @example 2029-12-31
             */
            effectiveTo?: string;
            note?: string;
            /**
             * @description skill_to_title: the level held; title_to_skill: the level one may apply for
             * @enum {string}
             */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /** @enum {string} */
            titleGrade: "junior" | "intermediate" | "deputy_senior" | "senior";
            /** @example 工程师 */
            titleName: string;
            /**
             * @description Required for skill_to_title; for title_to_skill omit to accept any series
             * @example engineering
             */
            titleSeries?: string;
            /**
             * @description Years the level (or title) must have been held
             * @example 3
             */
            years: number;
        };
        CreateUserDto: {
            /** @example 张敏 */
            displayName: string;
            /**
             * Format: uuid
             * @description Organization the user belongs to; defaults to your own (HR). Not for platform admins.
             */
            organizationId?: string;
            password: string;
            /**
             * Format: uuid
             * @description The worker record this account belongs to (required with role worker)
             */
            personId?: string;
            roles: ("platform_admin" | "bureau_officer" | "hr_admin" | "evaluator" | "worker")[];
            /**
             * @description 3–64 lowercase letters, digits, _ . -
             * @example zhang.hr
             */
            username: string;
        };
        CreateVersionDto: {
            /** @example 2027版 */
            label?: string;
            notes?: string;
        };
        CreateWorkerAccountDto: {
            password: string;
            /** @example wang.jianguo */
            username: string;
        };
        CreateWorkerDto: {
            /** @description 学徒期满日期 */
            apprenticeshipCompletedOn?: string;
            /** @enum {string} */
            education?: "none" | "junior_high" | "senior_high" | "secondary_vocational" | "technician_college_senior" | "associate" | "technician_college_preparatory" | "bachelor" | "master" | "doctor";
            employment: components["schemas"]["EmploymentInputDto"];
            /** @example 王建国 */
            fullName: string;
            graduatedOn?: string;
            /**
             * @description 18位居民身份证号码 (GB 11643); stored encrypted, shown masked
             * @example 141102199003071236
             */
            idNumber: string;
            /** @example 13800000000 */
            phone?: string;
        };
        CredentialRecordDto: {
            certificateNumber: string | null;
            id: string;
            issuedOn: string;
            issuerName: string;
            occupationCode: string;
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /** @enum {string} */
            source: "external" | "issued" | "appointed";
            /** @enum {string} */
            status: "valid" | "revoked" | "ended";
            workType: string | null;
        };
        CriterionResultDto: {
            /** @example innovation */
            code: string;
            /** @example 技术创新能力 */
            label: string;
            /** @description Mean of the members’ scores */
            mean: number;
            /** @example 35 */
            weight: number;
        };
        CriterionScoreDto: {
            /**
             * @description 评审要素代码 / rubric criterion code
             * @example innovation
             */
            code: string;
            /**
             * @description 0 至满分，最多1位小数 / 0..max, one decimal at most
             * @example 85
             */
            score: number;
        };
        CurrentEmploymentDto: {
            /** @description 用人单位 (employer of record; the agency of a dispatched worker) */
            employerOrganizationId: string;
            /** @enum {string} */
            employmentType: "regular" | "dispatched" | "outsourced" | "intern" | "apprentice";
            occupationCode: string | null;
            /** @description 用工单位 (where the worker works) */
            workOrganizationId: string;
        };
        DeclareConflictDto: {
            /**
             * Format: uuid
             * @description The worker this evaluator must never assess
             */
            personId: string;
            /** @example 曾为同一班组，存在利害关系 */
            reason: string;
        };
        DocumentOccupationDto: {
            /** @example 6-18-02-04 */
            code: string;
            nameEn?: string | null;
            nameZh?: string;
        };
        DocumentStandardDto: {
            /** @enum {string} */
            source?: "national" | "industry" | "enterprise";
            title: string;
        };
        DocumentVersionDto: {
            effectiveFrom?: string | null;
            effectiveTo?: string | null;
            label?: string | null;
            /** @description Per level: rank, routes (申报条件, kinds standard | exceptional 破格 | competition 以赛代评), components (theory | practical | comprehensive_review | performance_review | defense, with maxScore, passMark, weight %, minEvaluators, oddEvaluators, candidatesPerEvaluator, optional rubric), carryOverYears. Omit to start from the national standard of the occupation, or the national template. */
            levels: Record<string, never>[];
            notes?: string | null;
            /** @enum {string} */
            status?: "draft" | "submitted" | "changes_requested" | "approved" | "published" | "retired";
            version?: number;
        };
        DrawChangeDto: {
            addedName: string;
            addedProfileId: string;
            changedBy: string | null;
            createdAt: string;
            panelNumber: number;
            reason: string;
            removedName: string;
            removedProfileId: string;
        };
        DrawnCandidateDto: {
            fullName: string;
            personId: string;
        };
        DrawnEvaluatorDto: {
            displayName: string;
            /** @enum {string} */
            highestRank: "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            organizationId: string;
            organizationName: string;
            profileId: string;
        };
        DrawPanelDto: {
            candidates: components["schemas"]["DrawnCandidateDto"][];
            evaluators: components["schemas"]["DrawnEvaluatorDto"][];
            /** @description 考评组序号 / panel number, from 1 */
            number: number;
        };
        DrawPreviewDto: {
            /**
             * @description 考核日期，资格须在当日有效; defaults to today (China)
             * @example 2026-10-20
             */
            assessmentDate?: string;
            /** @description 考生（职工档案） / candidate worker records */
            candidatePersonIds: string[];
            /** @example 6-18-02-04 */
            occupationCode: string;
            rule?: components["schemas"]["DrawRuleDto"];
            /**
             * @description 考生申报等级 / the level the candidates aim at
             * @example L3
             * @enum {string}
             */
            targetRank: "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
        };
        DrawPreviewResponseDto: {
            algorithm: string;
            assessmentDate: string;
            evaluatorCount: number;
            occupationCode: string;
            panels: components["schemas"]["DrawPanelDto"][];
            /** @description 因回避排除的考评员–考生配对数 / pairings ruled out by recusal */
            recusalsApplied: number;
            rule: components["schemas"]["DrawRuleResponseDto"];
            /** @description 系统生成的随机种子（仅供参考，正式抽取另行生成） / the seed the server chose; a saved draw generates its own */
            seed: number;
            /** @enum {string} */
            targetRank: "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
        };
        DrawRuleDto: {
            /**
             * @description 每名考评员对应考生数 (5 = 1:5); null: no ratio
             * @default 5
             */
            candidatesPerEvaluator: number | null;
            /**
             * @description 每组最少考评员人数 / minimum evaluators per panel
             * @default 3
             */
            minEvaluators: number;
            /**
             * @description 考评员人数须为单数 / the count must be odd
             * @default true
             */
            oddCount: boolean;
            /** @description 每名考评员考评考生数上限 / workload cap per evaluator */
            workloadCap?: number | null;
        };
        DrawRuleResponseDto: {
            candidatesPerEvaluator: number | null;
            minEvaluators: number;
            oddCount: boolean;
            workloadCap: number | null;
        };
        EligibilityReportDto: {
            /** @example 2026-12-02 */
            asOf: string;
            /** @description asOf when eligible; else the earliest projected date; null if time alone meets no route */
            earliestDate: string | null;
            earliestRoute: string | null;
            eligible: boolean;
            /** @enum {string} */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            routes: components["schemas"]["RouteResultDto"][];
            succeededRoute: string | null;
        };
        EligibilityRequestDto: {
            /**
             * @description Evaluation date (China); defaults to today
             * @example 2026-09-30
             */
            asOf?: string;
            /**
             * Format: uuid
             * @description The worker (person) id
             */
            personId: string;
            /**
             * @example L3
             * @enum {string}
             */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
        };
        EmployerOfRecordDto: {
            id: string;
            name: string;
        };
        EmploymentInputDto: {
            /**
             * Format: uuid
             * @description 用人单位 (employer of record). For a dispatched worker registered by the enterprise: the dispatch agency. Defaults to your organization.
             */
            employerOrganizationId?: string;
            /** @enum {string} */
            employmentType: "regular" | "dispatched" | "outsourced" | "intern" | "apprentice";
            /** @example 2018-03-01 */
            hiredOn: string;
            /** @example 焊工班组长 */
            jobTitle?: string;
            /**
             * @description 职业编码 (国家职业分类大典)
             * @example 6-18-02-04
             */
            occupationCode?: string;
            /**
             * @description 从事本职业起始日期
             * @example 2015-07-01
             */
            occupationStartedOn?: string;
            /**
             * Format: uuid
             * @description 用工单位 (where the person works). For a dispatched worker registered by the agency: the enterprise. Defaults to your organization.
             */
            workOrganizationId?: string;
        };
        EmploymentRecordDto: {
            employerOrganizationId: string;
            /** @enum {string} */
            employmentType: "regular" | "dispatched" | "outsourced" | "intern" | "apprentice";
            endedOn: string | null;
            hiredOn: string;
            id: string;
            jobTitle: string | null;
            occupationCode: string | null;
            occupationStartedOn: string | null;
            workOrganizationId: string;
        };
        EmploymentTypeRatesDto: {
            /** @description 持证率, percent with one decimal (20.5 = 20.5 %) */
            certificationRate: number | null;
            /** @description Holding a valid skill level */
            certified: number;
            /** @enum {string} */
            employmentType: "regular" | "dispatched" | "outsourced" | "intern" | "apprentice";
            /** @description 高技能人才: L3 and above */
            highSkilled: number;
            /** @description 高技能人才占比, percent with one decimal */
            highSkilledShare: number | null;
            label: string;
            workers: number;
        };
        EndCompetitionRuleDto: {
            /**
             * @description Last day in force (today at the earliest)
             * @example 2026-12-31
             */
            effectiveTo: string;
            /** @description 理由 / reason (audit) */
            reason: string;
        };
        EndEmploymentDto: {
            /** @example 2026-10-31 */
            endedOn: string;
            reason?: string;
        };
        EnterpriseRatesDto: {
            /** @description 持证率, percent with one decimal (20.5 = 20.5 %) */
            certificationRate: number | null;
            /** @description Holding a valid skill level */
            certified: number;
            /** @description 高技能人才: L3 and above */
            highSkilled: number;
            /** @description 高技能人才占比, percent with one decimal */
            highSkilledShare: number | null;
            id: string;
            name: string;
            regionCode: string;
            workers: number;
        };
        EnterpriseTierResponseDto: {
            /** @description 1–5 for certificate levels */
            certificateLevel: number | null;
            description: string | null;
            id: string;
            /** @description e.g. 技能专家（相当于特级技师） */
            label: string;
            name: string;
            /** @enum {string} */
            nationalRank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            nationalRankLabel: string;
            organizationId: string;
            status: string;
            subOrder: number;
        };
        EvaluatorConflictResponseDto: {
            createdAt: string;
            evaluatorProfileId: string;
            id: string;
            /** @description The organization that declared it */
            organizationId: string;
            personId: string;
            /** @description 须回避的职工姓名 / the worker’s name */
            personName: string;
            reason: string;
        };
        EvaluatorProgressDto: {
            /** @description 已保存草稿未提交 / drafts saved at least once, not submitted */
            drafted: number;
            evaluatorName: string;
            evaluatorProfileId: string;
            /** @description 尚未评分 / sheets not yet touched */
            notStarted: number;
            /** @description 已提交 / sheets submitted */
            submitted: number;
        };
        EvaluatorResponseDto: {
            createdAt: string;
            displayName: string;
            /** @enum {string} */
            highestRank: "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            highestRankLabel: string;
            id: string;
            occupations: string[];
            /** @description Home organization */
            organizationId: string;
            organizationName: string;
            personId: string | null;
            qualificationCertificateNumber: string;
            sharedByBureauId: string | null;
            sharedWithRegion: boolean;
            /** @enum {string} */
            status: "active" | "inactive";
            statusLabel: string;
            userId: string;
            validFrom: string;
            /** @description Qualification valid today (China date) */
            validToday: boolean;
            validUntil: string;
        };
        EvaluatorSeverityDto: {
            /** @description Strictest first */
            evaluators: components["schemas"]["EvaluatorSeverityRowDto"][];
            /** @description Evaluators with fewer sheets are left out */
            minSheets: number;
        };
        EvaluatorSeverityRowDto: {
            candidates: number;
            evaluatorProfileId: string;
            /** @description Mean of (own score − panel mean of the same candidate and component), points; negative: stricter */
            meanDeviation: number;
            /** @description Mean score of those sheets */
            meanScore: number;
            name: string;
            /** @description Submitted sheets on components at least one other evaluator scored */
            sheets: number;
        };
        EvaluatorSharingDto: {
            /** @example 全市焊工考评员共享 */
            reason: string;
            /** @description true: every enterprise in your region may draw this evaluator; false: only the home enterprise */
            sharedWithRegion: boolean;
        };
        EvidenceRefDto: {
            /** @example 2014-07-01 */
            date?: string;
            id?: string;
            index?: number;
            /** @description Which fact of the worker record it comes from */
            source: Record<string, never>;
        };
        ExamSessionDto: {
            /**
             * @description 考核项目（理论知识、操作技能…）
             * @example theory
             * @enum {string}
             */
            component: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
            /**
             * @description 结束时间（须晚于开始时间）
             * @example 2026-09-08T10:30:00+08:00
             */
            endsAt: string;
            /** @description 监考人员（本机构可用的考评员） */
            invigilatorIds: string[];
            /**
             * @description 考点
             * @example 吕梁焦化集团培训中心
             */
            place: string;
            /**
             * @description 只安排某一等级的考生；不填为本计划所有含该考核项目的等级
             * @enum {string|null}
             */
            rank?: "L5" | "L4" | "L3" | "L2" | "L1" | null;
            /**
             * @description 考场
             * @example 第1考场（3楼301）
             */
            room: string;
            /**
             * @description 座位数
             * @example 30
             */
            seatCount: number;
            /**
             * @description 开始时间（带时区；按北京时间核对考核日期）
             * @example 2026-09-08T09:00:00+08:00
             */
            startsAt: string;
        };
        ExamSessionResponseDto: {
            /** Format: uuid */
            campaignId: string;
            cancelReason: string | null;
            /** @enum {string} */
            component: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
            componentLabel: string;
            /** Format: date-time */
            endsAt: string;
            /**
             * @description 结束时间（北京时间）
             * @example 2026-09-08 10:30
             */
            endsAtChina: string;
            /** Format: uuid */
            id: string;
            invigilators: components["schemas"]["InvigilatorDto"][];
            place: string;
            /** @enum {string|null} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1" | null;
            room: string;
            seatCount: number;
            /** @description 已编排的考生数 */
            seated: number;
            /** Format: date-time */
            startsAt: string;
            /**
             * @description 开始时间（北京时间）
             * @example 2026-09-08 09:00
             */
            startsAtChina: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            statusLabel: string;
        };
        ExceptionalApprovalDto: {
            /**
             * @description 破格理由（记入审计） / why, kept in the audit trail
             * @example 主持焊接工艺攻关，获市级技术创新一等奖
             */
            reason: string;
            /**
             * @description 破格申报路径：该等级标准中的破格路径代码 / an exceptional (破格) route of the level
             * @example L3-exceptional-breakthrough
             */
            routeCode: string;
        };
        FieldErrorDto: {
            /**
             * @description Stable code of the rule that failed
             * @example isBusinessDate
             */
            code: string;
            /**
             * @description Path of the field in the request body or query
             * @example employment.hiredOn
             */
            field: string;
            /** @example 日期无效 / not a valid date */
            message: string;
        };
        FileObjectionDto: {
            /**
             * Format: uuid
             * @description 异议针对的公示人员 / the entry (person) the objection is about
             */
            personId?: string;
            /**
             * @description 异议理由（实名提出）/ reason, filed under your name
             * @example 该同志实操考核时未到场，成绩与事实不符
             */
            reason: string;
        };
        FilingReasonDto: {
            /**
             * @description 理由（记入审计） / reason, kept in the audit trail
             * @example 考核场地不符合要求
             */
            reason: string;
        };
        FilingResponseDto: {
            /** @description What the bureau may decide next */
            allowedDecisions: ("approve" | "reject" | "suspend" | "reinstate")[];
            applicationNote: string | null;
            appliedAt: string;
            appliedBy: string;
            approvedAt: string | null;
            bureauId: string;
            bureauName: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionNote: string | null;
            id: string;
            /** @description 机构代码 */
            institutionCode: string | null;
            /** @description The enterprise filed as an evaluation body */
            organizationId: string;
            organizationName: string;
            /** @description 省级代码 */
            provinceCode: string;
            scope: components["schemas"]["FilingScopeResponseDto"][];
            /** @description 评价机构(站点)序列码 */
            stationSerial: string | null;
            /** @enum {string} */
            status: "applied" | "approved" | "rejected" | "suspended";
            statusLabel: string;
        };
        FilingScopeItemDto: {
            /**
             * @description 职业编码 (国家职业分类大典)
             * @example 6-18-02-04
             */
            occupationCode: string;
            /**
             * @description 申请评价的等级 / levels applied for
             * @example [
             *       "L4",
             *       "L3",
             *       "L2"
             *     ]
             */
            ranks: ("L5" | "L4" | "L3" | "L2" | "L1")[];
        };
        FilingScopeResponseDto: {
            occupationCode: string;
            rankLabels: string[];
            ranks: ("L5" | "L4" | "L3" | "L2" | "L1")[];
        };
        FinalizationDto: {
            campaignId: string;
            /** @description { applicationId, personId, certificateId, certificateNumber } */
            certificates: Record<string, never>[];
            finalizedOn: string;
            /** @description 保留的合格项目数 / passed components kept for retakes */
            passedComponentsKept: number;
            /** @description 结果上报截止日（定稿后10个工作日） / the report to the bureau is due by this day */
            reportDueOn: string;
            reportDueProvisional: boolean;
        };
        HonorRecordDto: {
            awardedOn: string;
            id: string;
            kind: string;
            /** @enum {string} */
            level: "enterprise" | "city" | "provincial" | "national";
            name: string;
        };
        ImportBadRowDto: {
            errors: components["schemas"]["ImportRowErrorDto"][];
            /** @description Spreadsheet row number */
            row: number;
        };
        ImportedRowDto: {
            applicationId: string;
            eligible?: boolean;
            row: number;
        };
        ImportedStandardDto: {
            /** @description What you may do to it now */
            allowedActions: ("submit" | "withdraw" | "request_changes" | "approve" | "publish" | "retire")[];
            createdFromVersionId: string | null;
            /** @description Whether its content may still be edited */
            editable: boolean;
            effectiveFrom: string | null;
            effectiveTo: string | null;
            id: string;
            label: string | null;
            levels: Record<string, never>[];
            notes: string | null;
            /** @description How many campaigns (or other holders) pin it */
            pinnedCount: number;
            publishedAt: string | null;
            retiredAt: string | null;
            reviewedAt: string | null;
            standard: components["schemas"]["StandardResponseDto"];
            standardId: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "changes_requested" | "approved" | "published" | "retired";
            statusLabel: string;
            submittedAt: string | null;
            updatedAt: string;
            version: number;
        };
        ImportRowErrorDto: {
            code: string;
            /** @enum {string|null} */
            field: "idNumber" | "fullName" | "rank" | null;
            message: string;
        };
        ImportStandardDto: {
            document: components["schemas"]["StandardDocumentDto"];
            /**
             * Format: uuid
             * @description Bureau officer: the enterprise in its region that will own the copy
             */
            organizationId?: string;
            /** @description Title of a new standard; defaults to the document’s */
            title?: string;
        };
        InnovationRecordDto: {
            achievedOn: string;
            id: string;
            kind: string;
            /** @enum {string|null} */
            level: "enterprise" | "city" | "provincial" | "national" | null;
            title: string;
        };
        InvigilatorDto: {
            name: string;
            organizationName: string;
            /** Format: uuid */
            profileId: string;
        };
        IssuerProfileResponseDto: {
            id: string;
            jwksUrl: string;
            name: string;
            type: string[];
        };
        ItemCountsDto: {
            active: number;
            draft: number;
            retired: number;
            reviewed: number;
        };
        ItemDraftDto: {
            /**
             * @description 答案：单选“B”，多选“ACD”，判断“对/错”，填空各空用“；”分隔、同义答案用“|”分隔，简答题为参考答案
             * @example B
             */
            answer: string;
            /**
             * @description 难度：1最易，5最难
             * @example 2
             */
            difficulty: number;
            /** @description 解析 */
            explanation?: string;
            /**
             * @description 题型
             * @enum {string}
             */
            kind: "single_choice" | "multiple_choice" | "true_false" | "fill_in" | "short_answer";
            /**
             * @description 知识点（鉴定要素细目表）
             * @example 1.1 安全用电
             */
            knowledgePoint: string;
            /**
             * @description 选项A起依次排列；只有选择题有选项
             * @example [
             *       "12V",
             *       "36V",
             *       "110V",
             *       "220V"
             *     ]
             */
            options: string[];
            /**
             * @description 题干；填空题用“（ ）”或“____”标出空位
             * @example 焊接作业场所的安全电压一般为（ ）。
             */
            stem: string;
        };
        ItemImportErrorDto: {
            code: string;
            /** @enum {string|null} */
            field: "kind" | "knowledgePoint" | "difficulty" | "stem" | "options" | "answer" | "explanation" | null;
            /** @example 第3行「难度」：应为1到5的整数（1最易） */
            message: string;
            /** @description 表格中的行号 */
            row: number;
        };
        ItemImportReportDto: {
            errors: components["schemas"]["ItemImportErrorDto"][];
            /** @description 导入的试题数；有任何错误时为0，整批不导入 */
            imported: number;
            /** @description 读到的试题行数 */
            rows: number;
        };
        ItemStatusDto: {
            /** @description 理由（退回和停用时必填） */
            reason?: string;
            /**
             * @description 目标状态：reviewed 审核通过（须由他人审核）、active 启用、draft 退回修改、retired 停用
             * @enum {string}
             */
            status: "draft" | "reviewed" | "active" | "retired";
        };
        JwksResponseDto: {
            keys: Record<string, never>[];
        };
        LadderRankDto: {
            /** @description 特级技师 and 首席技师 are appointments to a post (评聘) */
            appointment: boolean;
            /** @description The 1–5 digit in certificate numbers; null outside the national certificate */
            certificateLevel: number | null;
            /** @enum {string} */
            code: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /** @example Level 3 / Senior worker */
            labelEn: string;
            /** @example 三级/高级工 */
            labelZh: string;
            /** @description 0 (学徒工) to 7 (首席技师) */
            order: number;
        };
        LoadCalendarYearDto: {
            /**
             * @description 放假日（含节假日中的周末亦可）/ days off of the State Council notice; every date within the year
             * @example [
             *       "2027-01-01",
             *       "2027-02-06",
             *       "2027-02-07"
             *     ]
             */
            holidays: string[];
            /**
             * @description 依据（通知文号或名称）/ the notice the schedule comes from
             * @example 国务院办公厅关于2027年部分节假日安排的通知
             */
            sourceNote: string;
            /**
             * @description 调休上班日（周六或周日）/ make-up working days, each a Saturday or Sunday within the year; a make-up day falling in the previous December belongs to that year’s schedule
             * @example [
             *       "2027-02-14"
             *     ]
             */
            workdays: string[];
        };
        LoginDto: {
            password: string;
            /**
             * @description Where the refresh token goes: in the response body, or (browsers) in an HttpOnly, SameSite=Strict cookie limited to /api/v1/auth that page scripts cannot read
             * @default body
             * @enum {string}
             */
            refreshTransport: "body" | "cookie";
            /** @example admin */
            username: string;
        };
        MarkAbsentDto: {
            /**
             * @description 缺考原因（记入审计） / reason, kept in the audit trail
             * @example 考试当日未到场
             */
            reason: string;
        };
        MeasureDto: {
            /**
             * @description zh-CN
             * @example 5年
             */
            text: string;
            /** @enum {string} */
            unit?: "years" | "hours" | "count" | "rank" | "percent";
            value: (number | string | boolean) | null;
        };
        MeOrganizationDto: {
            id: string;
            kind: string;
            name: string;
            regionCode: string;
        };
        MeResponseDto: {
            displayName: string;
            id: string;
            organization: components["schemas"]["MeOrganizationDto"] | null;
            personId: string | null;
            roleLabels: string[];
            roles: ("platform_admin" | "bureau_officer" | "hr_admin" | "evaluator" | "worker")[];
            scope: components["schemas"]["MeScopeDto"];
            username: string;
        };
        MeScopeDto: {
            description: string;
            /** @enum {string} */
            kind: "platform" | "region" | "organization" | "self";
            regionPrefix?: string;
        };
        MissingConditionDto: {
            actual: string;
            label: string;
            /** @description When time alone meets it; null if it will not */
            metOn: string | null;
            required: string;
        };
        ModerateComponentDto: {
            /**
             * @description confirm: keep the aggregate; rescore: set the moderated score
             * @enum {string}
             */
            action: "confirm" | "rescore";
            /**
             * @description 复核意见（记入审计） / reason, kept in the audit trail
             * @example 经复核录像，按评分细则第3条重新评定
             */
            reason: string;
            /**
             * @description rescore: 0..max, one decimal at most
             * @example 76
             */
            score?: number;
        };
        MyExamSeatDto: {
            /** Format: uuid */
            applicationId: string;
            /** @enum {string} */
            component: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
            componentLabel: string;
            /** Format: date-time */
            endsAt: string;
            endsAtChina: string;
            place: string;
            room: string;
            seatLabel: string;
            seatNo: number;
            /** Format: uuid */
            sessionId: string;
            /** Format: date-time */
            startsAt: string;
            startsAtChina: string;
            /** @description 准考证号 */
            ticketNumber: string;
        };
        NominateDto: {
            /** @description 推荐理由 / why */
            note?: string;
            /**
             * @description Defaults to the occupation of the worker’s employment at the enterprise
             * @example 6-18-02-04
             */
            occupationCode?: string;
            /**
             * Format: uuid
             * @description The worker; a worker applying for themself may omit it, HR must give it
             */
            personId?: string;
            /**
             * Format: uuid
             * @description The tier policy (特级技师, 首席技师 or one of the enterprise’s own tiers) of the enterprise
             */
            policyId: string;
        };
        NoteDto: {
            /**
             * @description 意见 / note
             * @example 同意推荐
             */
            note?: string;
        };
        ObjectionResponseDto: {
            filedAt: string;
            filedBy: string;
            filedByName: string;
            id: string;
            noticeId: string;
            organizationId: string;
            /** @description The entry named by the objector */
            personId: string | null;
            reason: string;
            resolution: string | null;
            resolvedAt: string | null;
            resolvedBy: string | null;
            /** @description The publication round it was filed in */
            round: number;
            /** @enum {string} */
            status: "pending" | "upheld" | "dismissed";
            statusLabel: string;
            /** @description The entry an upheld objection requires corrected or withdrawn */
            upheldPersonId: string | null;
        };
        ObtainedRankDto: {
            certificateNumber: string | null;
            credentialId: string;
            issuedOn: string;
            issuerName: string;
            /** @enum {string} */
            source: "external" | "issued" | "appointed";
            sourceLabel: string;
        };
        OccupationImportReportDto: {
            /** @description false for a dry run */
            applied: boolean;
            created: number;
            rows: number;
            unchanged: number;
            updated: number;
        };
        OccupationPassRateDto: {
            /** @description Candidates with a published result (passed, failed or voided) */
            candidates: number;
            failed: number;
            occupationCode: string;
            occupationName: string | null;
            passed: number;
            /** @description 通过率, percent with one decimal */
            passRate: number | null;
            /** @description 作弊、违纪 or voided after an objection: a candidate, never a pass */
            voided: number;
        };
        OccupationPathDto: {
            /** @enum {string|null} */
            currentRank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief" | null;
            currentRankLabel: string;
            currentTreatment: components["schemas"]["TreatmentDto"][];
            employerOfRecord: components["schemas"]["EmployerOfRecordDto"];
            employmentType: string;
            employmentTypeLabel: string;
            nextRungs: components["schemas"]["RungDto"][];
            obtained: components["schemas"]["ObtainedRankDto"] | null;
            occupationCode: string;
            occupationName: string | null;
            /** @description Campaigns registering now at a level the worker is eligible for */
            openCampaigns: components["schemas"]["OpenCampaignDto"][];
            /** @description Where the worker works (for a dispatched worker, not the agency) */
            organization: components["schemas"]["PathOrganizationDto"];
        };
        OccupationRatesDto: {
            /** @description 持证率, percent with one decimal (20.5 = 20.5 %) */
            certificationRate: number | null;
            /** @description Holding a valid skill level */
            certified: number;
            /** @description 高技能人才: L3 and above */
            highSkilled: number;
            /** @description 高技能人才占比, percent with one decimal */
            highSkilledShare: number | null;
            occupationCode: string | null;
            occupationName: string | null;
            workers: number;
        };
        OccupationResponseDto: {
            code: string;
            id: string;
            /** @description zh-CN first, e.g. 6-18-02-04 焊工 / Welder */
            label: string;
            nameEn: string | null;
            nameZh: string;
            /** @description The bureau that added it; null: national catalogue */
            organizationId: string | null;
            relatedCodes: string[];
            sourceNote: string | null;
            /** @enum {string} */
            status: "active" | "withdrawn";
            updatedAt: string;
            workTypes: string[];
        };
        OpenCampaignDto: {
            campaignId: string;
            name: string;
            number: number;
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            rankLabel: string;
            registrationClosesOn: string;
            /** @description The route of the campaign’s standard the worker qualifies by */
            route: string | null;
            seatsLeft: number;
        };
        OpenPublicityDto: {
            /**
             * @description Publication day; defaults to today
             * @example 2026-10-08
             */
            publishedOn?: string;
            /**
             * @description Working days of the window; defaults to the national 5
             * @example 5
             */
            workingDays?: number;
        };
        OrganizationResponseDto: {
            createdAt: string;
            creditCode: string | null;
            id: string;
            /** @enum {string} */
            kind: "bureau" | "enterprise" | "dispatch_agency";
            kindLabel: string;
            name: string;
            regionCode: string;
            regionName?: string;
            status: string;
            /** @description Facts worth a second look that did not stop the filing (e.g. a credit code from another province) */
            warnings: components["schemas"]["OrganizationWarningDto"][];
        };
        OrganizationWarningDto: {
            /** @enum {string} */
            code: "CREDIT_CODE_REGION_MISMATCH";
            field: string;
            message: string;
        };
        PanelCandidateDto: {
            applicationId: string;
            fullName: string;
            personId: string;
            /** @description 准考证号 */
            ticketNumber: string | null;
        };
        PanelEvaluatorDto: {
            displayName: string;
            /** @enum {string} */
            highestRank: "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            organizationId: string;
            organizationName: string;
            profileId: string;
            /** @description 在进行中的认定计划中的考评人次 / candidates assessed across live campaigns */
            workload: number;
        };
        PaperItemDto: {
            /** @description 答案（仅机构人员可见） */
            answer: string;
            /** Format: uuid */
            itemId: string;
            /** @enum {string} */
            kind: "single_choice" | "multiple_choice" | "true_false" | "fill_in" | "short_answer";
            /** @description 题号（从1起） */
            number: number;
            options: string[];
            points: number;
            stem: string;
            /** @description 所用试题版本 */
            version: number;
        };
        PaperResponseDto: {
            /** @example paper-v1 */
            algorithm: string;
            /** Format: uuid */
            blueprintId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            items: components["schemas"]["PaperItemDto"][];
            /** @example A */
            label: string | null;
            /** @description 组卷随机种子（同一种子、规则和题库可复现） */
            seed: number;
            totalPoints: number;
        };
        PathOrganizationDto: {
            id: string;
            name: string;
            regionCode: string;
        };
        PhotoImportFileDto: {
            /** @description The file’s name, the ID number in it masked */
            filename: string;
            /** @description Why, zh-CN first */
            message: string;
            personId: string | null;
            /**
             * @description saved; bad_name: not 姓名-身份证号.jpg; unknown_id: no current worker of the caller has it; name_mismatch; not_an_image; duplicate: several files for one ID number
             * @enum {string}
             */
            status: "saved" | "bad_name" | "unknown_id" | "name_mismatch" | "not_an_image" | "duplicate";
        };
        PhotoImportReportDto: {
            files: components["schemas"]["PhotoImportFileDto"][];
            saved: number;
            total: number;
        };
        PipelineBucketDto: {
            /** @enum {string} */
            bucket: "now" | "within_6_months" | "within_12_months" | "later" | "not_by_time";
            label: string;
            workers: number;
        };
        PipelineDto: {
            buckets: components["schemas"]["PipelineBucketDto"][];
            byNextRank: components["schemas"]["PipelineRankDto"][];
            now: number;
            within6Months: number;
            within12Months: number;
        };
        PipelineRankDto: {
            label: string;
            now: number;
            /** @enum {string} */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            within6Months: number;
            within12Months: number;
        };
        ProblemDetailsDto: {
            /** @example VALIDATION_FAILED */
            code: string;
            detail?: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            instance?: string;
            /** @description Quote it when reporting a server error */
            requestId?: string;
            /** @example 400 */
            status: number;
            /**
             * @description zh-CN first, English second
             * @example 请求参数有误 / Validation failed
             */
            title: string;
            /** @example urn:skill-ladder:problem:validation-failed */
            type: string;
        };
        PromotionCompetitionDto: {
            heldOn: string;
            id: string;
            name: string;
            /** @enum {string} */
            tier: "national" | "provincial" | "city_class_1" | "city_class_2" | "enterprise";
            tierLabel: string;
        };
        PromotionResultDto: {
            fieldSize: number | null;
            id: string;
            placing: number;
        };
        ProposePromotionDto: {
            /**
             * Format: uuid
             * @description The competition result (名次) the promotion rests on
             */
            competitionResultId: string;
            note?: string;
        };
        PublicationDto: {
            campaignId: string;
            endsOn: string;
            entries: number;
            noticeId: string;
            /** @description Counted partly in a year without an official schedule */
            provisional: boolean;
            publishedOn: string;
            startsOn: string;
            workingDays: number;
        };
        PublicCertificateResponseDto: {
            certificateNumber: string;
            holderName: string;
            /** @example 2026-09-30 */
            issuedOn: string;
            /** @description 评价机构 */
            issuingBody: string;
            /** @example 三级/高级工 */
            levelLabel: string;
            occupationCode: string;
            occupationName: string;
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
            /** @description China date of the revocation */
            revokedOn: string | null;
            /** @enum {string} */
            status: "valid" | "revoked";
            /** @example 有效 / Valid */
            statusLabel: string;
            /** @description 工种, "--" when none */
            workType: string;
        };
        PublicityEntryDto: {
            /** @description 公示内容（姓名、脱敏身份证号、职业、等级、结果等），由发起模块决定 / exactly what is publicized */
            payload: {
                [key: string]: unknown;
            };
            personId: string;
            /** @description 1, then +1 on each correction */
            revision: number;
            /** @enum {string} */
            status: "published" | "correction_required" | "withdrawn";
            statusLabel: string;
            withdrawnReason: string | null;
        };
        PublicityNoticeDto: {
            /** @description Last working day of the current window; objections are taken through this day */
            endsOn: string;
            /** @description Workers do not see withdrawn entries */
            entries: components["schemas"]["PublicityEntryDto"][];
            /** @description Entries shown to the reader */
            entryCount: number;
            finalizedAt: string | null;
            id: string;
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            phase: "scheduled" | "open" | "closed" | "finalized";
            phaseLabel: string;
            /** @description Counted partly in a year without an official schedule */
            provisional: boolean;
            publishedOn: string;
            /** @description 第几轮公示（更正后重新公示）/ publication round */
            round: number;
            /** @description First working day of the current window */
            startsOn: string;
            subjectId: string;
            /** @example campaign_results */
            subjectType: string;
            title: string;
            /** @description 公示期工作日数 / length in working days */
            workingDays: number;
        };
        PublicityNoticeSummaryDto: {
            /** @description Last working day of the current window; objections are taken through this day */
            endsOn: string;
            /** @description Entries shown to the reader */
            entryCount: number;
            finalizedAt: string | null;
            id: string;
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            phase: "scheduled" | "open" | "closed" | "finalized";
            phaseLabel: string;
            /** @description Counted partly in a year without an official schedule */
            provisional: boolean;
            publishedOn: string;
            /** @description 第几轮公示（更正后重新公示）/ publication round */
            round: number;
            /** @description First working day of the current window */
            startsOn: string;
            subjectId: string;
            /** @example campaign_results */
            subjectType: string;
            title: string;
            /** @description 公示期工作日数 / length in working days */
            workingDays: number;
        };
        PublishResultsDto: {
            /**
             * @description 公示标题（默认按计划名称） / notice title
             * @example 2026年焊工职业技能等级认定结果公示
             */
            title?: string;
            /**
             * @description 公示期工作日数（默认取计划设置，否则5） / window in working days; default: the campaign’s, else 5
             * @example 5
             */
            workingDays?: number;
        };
        PublishVersionDto: {
            /** @description 意见 / comment recorded in the thread */
            comment?: string;
            /**
             * @description 生效日期 (China date), today or later; defaults to today
             * @example 2026-10-01
             */
            effectiveFrom?: string;
        };
        QuestionBankResponseDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description 各状态题量 */
            itemCounts: components["schemas"]["ItemCountsDto"];
            name: string;
            /** @example 6-18-02-04 */
            occupationCode: string;
            /** @example 焊工 */
            occupationName: string;
            /**
             * Format: uuid
             * @description 所属评价机构（企业）
             */
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
            /** @example 四级/中级工 */
            rankLabel: string;
        };
        QuestionItemResponseDto: {
            /** @description 答案（与导入表“答案”列同一写法） */
            answer: string;
            /** Format: uuid */
            bankId: string;
            difficulty: number;
            explanation: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "single_choice" | "multiple_choice" | "true_false" | "fill_in" | "short_answer";
            /** @example 单项选择题 */
            kindLabel: string;
            knowledgePoint: string;
            options: string[];
            /**
             * Format: uuid
             * @description 审核人
             */
            reviewedBy: string | null;
            /** @enum {string} */
            status: "draft" | "reviewed" | "active" | "retired";
            /** @example 待审核 */
            statusLabel: string;
            stem: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: uuid
             * @description 本版本编写人
             */
            updatedBy: string;
            /** @description 版本号；修改内容生成新版本，已组卷的试卷保留所用版本 */
            version: number;
        };
        QuotaDto: {
            /**
             * @description percent: the rank whose holders at the enterprise form the base
             * @example L1
             * @enum {string}
             */
            baseRank?: "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /**
             * @description fixed: the number of places
             * @example 2
             */
            fixed?: number;
            /**
             * @description none; percent of the enterprise’s holders of baseRank (rounded down); fixed number
             * @enum {string}
             */
            kind: "none" | "percent" | "fixed";
            /**
             * @description percent: e.g. 特级技师 ≤ 5% of 高级技师
             * @example 5
             */
            percent?: number;
        };
        QuotaStatusDto: {
            /** @description Percentage quotas: holders of the base rank */
            baseHolders: number | null;
            /**
             * @description zh-CN
             * @example 限额2人，已聘1人，剩余1人
             */
            explanation: string;
            /** @description Places held by appointed workers */
            held: number;
            /** @description null: no quota */
            limit: number | null;
            /** @description null: no quota */
            remaining: number | null;
        };
        RankCountDto: {
            label: string;
            /** @enum {string} */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief" | "none";
            workers: number;
        };
        RatesDto: {
            /** @description 持证率, percent with one decimal (20.5 = 20.5 %) */
            certificationRate: number | null;
            /** @description Holding a valid skill level */
            certified: number;
            /** @description 高技能人才: L3 and above */
            highSkilled: number;
            /** @description 高技能人才占比, percent with one decimal */
            highSkilledShare: number | null;
            workers: number;
        };
        ReasonDto: {
            /**
             * @description 理由（记入审计） / reason, kept in the audit trail
             * @example 材料不实
             */
            reason: string;
        };
        RecognitionBasisDto: {
            credentialId: string;
            obtainedOn: string;
            /** @enum {string} */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            rankLabel: string;
        };
        RecordResultsDto: {
            results: components["schemas"]["ResultEntryDto"][];
        };
        RefreshDto: {
            /** @description The refresh token; leave it out to use the session cookie set at sign-in (refreshTransport: cookie) */
            refreshToken?: string;
        };
        RegisterEvaluatorDto: {
            /**
             * @description 可考评的最高等级 / highest level they may assess
             * @example L1
             * @enum {string}
             */
            highestRank: "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /**
             * @description 可考评的职业 / occupations they may assess
             * @example [
             *       "6-18-02-04"
             *     ]
             */
            occupations: string[];
            /**
             * Format: uuid
             * @description The evaluator’s own worker record, so their relations count for recusal (回避)
             */
            personId?: string;
            /**
             * @description 考评员资格证书编号
             * @example KPY-1411-2024-0007
             */
            qualificationCertificateNumber: string;
            /**
             * Format: uuid
             * @description A user of your organization holding the evaluator role (考评员)
             */
            userId: string;
            /** @example 2024-07-01 */
            validFrom: string;
            /** @example 2029-06-30 */
            validUntil: string;
        };
        RelationRecordDto: {
            /**
             * @description outgoing: this worker is the supervisor or master
             * @enum {string}
             */
            direction: "outgoing" | "incoming";
            id: string;
            /**
             * @description relative 近亲属; supervisor 上下级; master 师徒
             * @enum {string}
             */
            kind: "relative" | "supervisor" | "master";
            otherName: string;
            otherPersonId: string;
        };
        RemoveConflictDto: {
            /** @example 申报有误 */
            reason: string;
        };
        ReplaceEvaluatorDto: {
            /**
             * Format: uuid
             * @description The evaluator profile to put on it instead
             */
            addProfileId: string;
            /**
             * @description 考评组序号 / panel number
             * @example 1
             */
            panelNumber: number;
            /**
             * @description 调整理由（记入审计） / reason, kept in the audit trail
             * @example 原考评员因病无法到场
             */
            reason: string;
            /**
             * Format: uuid
             * @description The drawn evaluator profile to take off the panel
             */
            removeProfileId: string;
        };
        RequestChangesDto: {
            /** @description 退回修改意见（必填） / what must change */
            comment: string;
            /** @example levels[2].components[1].passMark */
            fieldPath?: string;
        };
        ResolveObjectionDto: {
            /**
             * @description upheld: the entry must be corrected or withdrawn; dismissed: it stands
             * @enum {string}
             */
            outcome: "upheld" | "dismissed";
            /**
             * Format: uuid
             * @description Upholding an objection that names no entry: the entry it concerns. Not allowed otherwise.
             */
            personId?: string;
            /**
             * @description 处理意见（记入审计）/ resolution, kept in the audit trail
             * @example 经核查考场签到及监控记录，异议不成立
             */
            resolution: string;
        };
        ResultComponentDto: {
            /** @description 保留的合格成绩 / carried over from an earlier campaign */
            carriedOver: boolean;
            /** @enum {string} */
            component: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
            label: string;
            passed: boolean;
            passMark: number;
            score: number | null;
            status: string;
            weight: number;
        };
        ResultEntryDto: {
            /**
             * @description Contestants in the field, for rules by top percent
             * @example 120
             */
            fieldSize?: number;
            /** @example 6-18-02-04 */
            occupationCode: string;
            /** Format: uuid */
            personId: string;
            /**
             * @description 名次, 1 = first
             * @example 3
             */
            placing: number;
        };
        RetireVersionDto: {
            /** @description 废止原因 / reason */
            comment: string;
            /**
             * @description First day no longer in force, today or later; defaults to today
             * @example 2027-01-01
             */
            retiredOn?: string;
        };
        RevealedIdNumberDto: {
            /** @description The full resident ID number; the reveal is audited */
            idNumber: string;
        };
        ReviewDto: {
            /** @description 评审意见 / comment */
            comment?: string;
            /** @description One sheet per member of an odd committee */
            sheets: components["schemas"]["ReviewerSheetDto"][];
        };
        ReviewerSheetDto: {
            /**
             * @description 评审专家 (a name or a seat)
             * @example 评委1
             */
            reviewer: string;
            /**
             * @description A 0–100 score per criterion of the policy’s rubric
             * @example {
             *       "innovation": 90,
             *       "problem_solving": 85,
             *       "contribution": 88,
             *       "education": 60
             *     }
             */
            scores: {
                [key: string]: number;
            };
        };
        ReviewStepDto: {
            /** @description 意见 / comment recorded in the thread */
            comment?: string;
        };
        RevokeCertificateDto: {
            /**
             * @description 撤销理由（记入审计） / reason, kept in the audit trail
             * @example 经查实申报材料弄虚作假
             */
            reason: string;
        };
        RouteResultDto: {
            /** @example L4-years-in-occupation */
            code: string;
            conditions: components["schemas"]["ConditionResultDto"][];
            /** @enum {string} */
            kind: "standard" | "exceptional" | "competition";
            label: string;
            met: boolean;
            /** @description Met: since when. Not met: the first date all its conditions hold by time alone, or null */
            metOn: string | null;
        };
        RubricCriterionDto: {
            code: string;
            label: string;
            /** @description 权重（%） / weight, percent */
            weight: number;
        };
        RungDto: {
            /** @description 特级技师 and 首席技师 are appointments (评聘) with a term */
            appointment: boolean;
            /** @description The standard version in force at the enterprise, or the national defaults */
            conditionsFrom: (components["schemas"]["ConditionsFromDto"] | "national_default") | null;
            eligibleNow: boolean;
            missing: components["schemas"]["MissingConditionDto"][];
            /** @description The date the rung opens if nothing else changes */
            projectedOn: string | null;
            /** @enum {string} */
            projection: "now" | "time" | "after_previous" | "not_by_time";
            /** @enum {string} */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /** @example 四级/中级工 */
            rankLabel: string;
            report: components["schemas"]["EligibilityReportDto"];
            /** @description The route that qualifies now, or the one that opens first */
            route: components["schemas"]["RungRouteDto"] | null;
            treatment: components["schemas"]["TreatmentDto"][];
        };
        RungRouteDto: {
            code: string;
            kind: string;
            label: string;
        };
        SaveScoreSheetDto: {
            /** @description 逐项评分（有评审要素的项目） / per rubric criterion */
            criteria?: components["schemas"]["CriterionScoreDto"][];
            /** @description 评语 / note */
            note?: string | null;
            /**
             * @description 整项分数（无评审要素的项目） / the whole score, for components without a rubric
             * @example 82.5
             */
            score?: number | null;
        };
        ScoreSheetDto: {
            applicationId: string;
            campaignId: string;
            campaignName: string;
            /** @description 考生姓名 / candidate */
            candidateName: string;
            /** @enum {string} */
            component: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
            componentLabel: string;
            criteria: components["schemas"]["CriterionScoreDto"][];
            id: string;
            maxScore: number;
            note: string | null;
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
            rankLabel: string;
            rubric: components["schemas"]["RubricCriterionDto"][];
            /** @description The sheet’s score: the whole score, or the rubric’s weighted mean (2 decimals) */
            score: number | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "cancelled";
            statusLabel: string;
            submittedAt: string | null;
            /** @description 准考证号 */
            ticketNumber: string | null;
            updatedAt: string;
        };
        ScoringProgressDto: {
            campaignId: string;
            /** @description By level (higher first), then component */
            components: components["schemas"]["ComponentProgressDto"][];
        };
        ScoringSettingsDto: {
            /**
             * Format: uuid
             * @description 评审委员会主任（考评员） / committee chair, an evaluator profile who may moderate
             */
            chairProfileId?: string | null;
            /**
             * @description 复核阈值（分差超过即复核），空为全国默认15 / moderation threshold; null: the national 15
             * @example 15
             */
            moderationThreshold?: number | null;
            /**
             * @description 公示期工作日数，空为默认5 / publicity window in working days; null: 5
             * @example 5
             */
            publicityWorkingDays?: number | null;
        };
        ScoringSettingsResponseDto: {
            campaignId: string;
            chairName: string | null;
            chairProfileId: string | null;
            /** @description In force: the campaign’s or the national 15 */
            moderationThreshold: number;
            moderationThresholdIsDefault: boolean;
            /** @description In force: the campaign’s or the national 5 */
            publicityWorkingDays: number;
            publicityWorkingDaysIsDefault: boolean;
        };
        SeatDto: {
            /** Format: uuid */
            applicationId: string;
            /** @description 用人单位（编排时相邻座位尽量不同） */
            employerName: string;
            fullName: string;
            /** @enum {string} */
            rank: "L5" | "L4" | "L3" | "L2" | "L1";
            /** @example 05 */
            seatLabel: string;
            /** @description 座位号（从1起） */
            seatNo: number;
            /** @description 准考证号 */
            ticketNumber: string;
        };
        SeatingRequestDto: {
            /**
             * @description 为哪个考核项目编排考场
             * @example theory
             * @enum {string}
             */
            component: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
        };
        SeatingResponseDto: {
            /** @description 无法避免的相邻同单位座位对数 */
            adjacentSameGroup: number;
            /** @example seating-v1 */
            algorithm: string;
            /** Format: uuid */
            campaignId: string;
            candidateCount: number;
            /** @enum {string} */
            component: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description 编排随机种子（同一种子与考生、考场可复现） */
            seed: number;
            sessions: components["schemas"]["SeatingSessionDto"][];
        };
        SeatingSessionDto: {
            room: string;
            seatCount: number;
            seated: number;
            /** Format: uuid */
            sessionId: string;
        };
        SeatPlanDto: {
            /** @description 相邻座位同一用人单位的对数 */
            adjacentSameEmployer: number;
            seats: components["schemas"]["SeatDto"][];
            session: components["schemas"]["ExamSessionResponseDto"];
        };
        ShortfallDto: {
            /** @description 题库中可用（已启用）的题量 */
            available: number;
            difficulty: number | null;
            /** @enum {string} */
            kind: "single_choice" | "multiple_choice" | "true_false" | "fill_in" | "short_answer";
            knowledgePoint: string;
            /** @description 需要的题量 */
            needed: number;
            /** @description 规则序号（从0起） */
            ruleIndex: number;
        };
        SkillLevelOptionBasisDto: {
            /** @enum {string} */
            grade: "junior" | "intermediate" | "deputy_senior" | "senior";
            obtainedOn: string;
            series: string;
            titleId: string;
        };
        SkillLevelOptionDto: {
            basis: components["schemas"]["SkillLevelOptionBasisDto"] | null;
            explanation: string;
            opensOn: string | null;
            /** @enum {string} */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            rankLabel: string;
            regionCode: string | null;
            /** @enum {string} */
            requiredTitleGrade: "junior" | "intermediate" | "deputy_senior" | "senior";
            requiredTitleName: string;
            requiredTitleSeries: string | null;
            ruleId: string;
            /** @enum {string} */
            source: "national" | "regional";
            /** @enum {string} */
            status: "held" | "available" | "pending" | "not_qualified";
            years: number;
        };
        StandardDocumentDto: {
            exportedAt?: string;
            /** @enum {string} */
            format: "skill-ladder/standard@1";
            occupation: components["schemas"]["DocumentOccupationDto"];
            standard: components["schemas"]["DocumentStandardDto"];
            version: components["schemas"]["DocumentVersionDto"];
        };
        StandardOccupationDto: {
            /** @example 6-18-02-04 */
            code: string;
            id: string;
            nameEn: string | null;
            /** @example 焊工 */
            nameZh: string;
        };
        StandardResponseDto: {
            basedOnStandardId: string | null;
            createdAt: string;
            id: string;
            /** @description The published version in force today */
            inForce: components["schemas"]["VersionSummaryDto"] | null;
            latestVersion: components["schemas"]["VersionSummaryDto"] | null;
            occupation: components["schemas"]["StandardOccupationDto"];
            organizationId: string | null;
            organizationName: string | null;
            /** @enum {string} */
            source: "national" | "industry" | "enterprise";
            sourceLabel: string;
            title: string;
        };
        StartScoringResponseDto: {
            campaignId: string;
            /** @description 保留合格成绩而免考的项目数 / components carried over from earlier campaigns */
            carriedOver: number;
            componentScores: number;
            sheets: number;
        };
        TheoryImportBadRowDto: {
            code: string;
            message: string;
            row: number;
            ticketNumber: string | null;
        };
        TheoryImportReportDto: {
            /** @description Rows not saved, with the reason */
            badRows: components["schemas"]["TheoryImportBadRowDto"][];
            /** @description Scores saved by this upload */
            imported: number;
            /** @description Data rows read */
            rows: number;
            /** @description 与已导入成绩相同（重复上传） / rows already imported with the same score */
            unchanged: number;
        };
        TierPolicyResponseDto: {
            /** @description An appointment tier (评聘, with a term) */
            appointable: boolean;
            bureauConfirmation: boolean;
            enterpriseTierId: string | null;
            id: string;
            minReviewers: number;
            /** @enum {string} */
            nationalRank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            nationalRankLabel: string;
            organizationId: string;
            passMark: number;
            quota: components["schemas"]["TierQuotaDto"];
            rubric: components["schemas"]["RubricCriterionDto"][];
            status: string;
            termMonths: number | null;
            /** @example 技能专家（相当于特级技师） */
            tierLabel: string;
            /** @example 特级技师 */
            tierName: string;
            treatment: Record<string, never>;
            updatedAt: string;
        };
        TierQuotaDto: {
            /** @enum {string|null} */
            baseRank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief" | null;
            baseRankLabel: string | null;
            fixed: number | null;
            /** @enum {string} */
            kind: "none" | "percent" | "fixed";
            percent: number | null;
            status: components["schemas"]["QuotaStatusDto"] | null;
        };
        TimelineEventDto: {
            date: string;
            detail: string | null;
            /** @enum {string} */
            kind: "level" | "title" | "appointment" | "renewal" | "appointment_end" | "competition_promotion";
            occupationCode?: string;
            /** @enum {string} */
            rank?: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            refId: string;
            /** @description zh-CN */
            title: string;
            treatment?: components["schemas"]["TreatmentDto"];
        };
        TitleMappingResponseDto: {
            basis: string | null;
            /** @enum {string} */
            direction: "skill_to_title" | "title_to_skill";
            directionLabel: string;
            effectiveFrom: string;
            effectiveTo: string | null;
            id: string;
            note: string | null;
            organizationId: string | null;
            /** @enum {string} */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            rankLabel: string;
            regionCode: string | null;
            /** @description national: the default; regional: a bureau’s rule */
            scope: string;
            /** @enum {string} */
            titleGrade: "junior" | "intermediate" | "deputy_senior" | "senior";
            titleGradeLabel: string;
            titleName: string;
            titleSeries: string | null;
            titleSeriesLabel: string;
            years: number;
        };
        TitleOptionBasisDto: {
            credentialId: string;
            obtainedOn: string;
            occupationCode: string;
            /** @enum {string} */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
        };
        TitleOptionDto: {
            basis: components["schemas"]["TitleOptionBasisDto"] | null;
            /** @description zh-CN */
            explanation: string;
            /** @description When it opens by time alone */
            opensOn: string | null;
            regionCode: string | null;
            /** @enum {string} */
            requiredRank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            requiredRankLabel: string;
            ruleId: string;
            /** @enum {string} */
            source: "national" | "regional";
            /** @enum {string} */
            status: "held" | "available" | "pending" | "not_qualified";
            /** @enum {string} */
            titleGrade: "junior" | "intermediate" | "deputy_senior" | "senior";
            /** @example 助理级/初级 */
            titleGradeLabel: string;
            /** @example 助理工程师 */
            titleName: string;
            /** @example engineering */
            titleSeries: string;
            /** @example 工程技术 */
            titleSeriesLabel: string;
            years: number;
        };
        TitleOptionsReportDto: {
            asOf: string;
            regionCode: string | null;
            skillLevels: components["schemas"]["SkillLevelOptionDto"][];
            titles: components["schemas"]["TitleOptionDto"][];
        };
        TitleRecognitionResponseDto: {
            allowedActions: string[];
            appliedOn: string;
            basis: components["schemas"]["RecognitionBasisDto"];
            bureauId: string | null;
            decidedAt: string | null;
            decisionReason: string | null;
            endorsedAt: string | null;
            endorsementNote: string | null;
            id: string;
            organizationId: string;
            organizationName: string;
            personId: string;
            personName: string;
            personTitleId: string | null;
            recognizedOn: string | null;
            statement: string | null;
            /** @enum {string} */
            status: "applied" | "endorsed" | "declined" | "approved" | "rejected" | "withdrawn";
            statusLabel: string;
            /** @enum {string} */
            titleGrade: "junior" | "intermediate" | "deputy_senior" | "senior";
            titleGradeLabel: string;
            titleName: string;
            titleSeries: string;
            titleSeriesLabel: string;
        };
        TitleRecordDto: {
            /** @enum {string} */
            grade: "junior" | "intermediate" | "deputy_senior" | "senior";
            id: string;
            obtainedOn: string;
            series: string;
            /** @enum {string} */
            source: "external" | "recognized";
            titleName: string;
        };
        TokenResponseDto: {
            accessToken: string;
            /** @description Seconds until the access token expires */
            expiresIn: number;
            /** @description Single use: each refresh returns a new one; reusing an old one ends the session. Absent when it travels in the cookie. */
            refreshToken?: string;
            /** @example Bearer */
            tokenType: string;
        };
        TrainingRecordDto: {
            completedOn: string;
            hours: number;
            id: string;
            name: string;
        };
        TreatmentDto: {
            /** @description null: the national rank itself */
            enterpriseTierId: string | null;
            /** @description 月度技能津贴（元） / monthly allowance, CNY */
            monthlyAllowance: number;
            /** @enum {string} */
            nationalRank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            nationalRankLabel: string;
            policyId: string;
            /**
             * @description 享受管理岗位待遇
             * @enum {string|null}
             */
            postGrade: "grassroots_manager" | "middle_manager" | "deputy_general_manager" | "senior_manager" | null;
            postGradeLabel: string | null;
            /** @example 享受中层干部待遇；比照正高级职称；津贴每月3000元；聘期36个月 */
            summary: string;
            /** @description 聘期（月）; null for a level, which is held, not appointed */
            termMonths: number | null;
            /** @example 特级技师 */
            tierName: string;
            /**
             * @description 比照职称待遇
             * @enum {string|null}
             */
            titleGrade: "junior" | "intermediate" | "deputy_senior" | "senior" | null;
            titleGradeLabel: string | null;
        };
        UpdateCampaignDto: {
            allowedEmploymentTypes?: ("regular" | "dispatched" | "outsourced" | "intern" | "apprentice")[];
            assessmentEndsOn?: string;
            assessmentStartsOn?: string;
            /** @description Replaces the levels */
            levels?: components["schemas"]["CampaignLevelInputDto"][];
            name?: string;
            registrationClosesOn?: string;
            registrationOpensOn?: string;
            /** Format: uuid */
            standardVersionId?: string;
            /** @description null removes the cap */
            workloadCap?: number | null;
        };
        UpdateEnterpriseTierDto: {
            description?: string;
            name?: string;
            /** @enum {string} */
            nationalRank?: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /** @description 变更原因 / reason (audit) */
            reason?: string;
            /** @enum {string} */
            status?: "active" | "retired";
            subOrder?: number;
        };
        UpdateEvaluatorDto: {
            /** @enum {string} */
            highestRank?: "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /**
             * @example [
             *       "6-18-02-04",
             *       "6-18-02-05"
             *     ]
             */
            occupations?: string[];
            qualificationCertificateNumber?: string;
            /** @description 变更原因（记入审计） / reason, kept in the audit trail */
            reason: string;
            /**
             * @description inactive: no longer drawn
             * @enum {string}
             */
            status?: "active" | "inactive";
            /** @example 2024-07-01 */
            validFrom?: string;
            /** @example 2029-06-30 */
            validUntil?: string;
        };
        UpdateOccupationDto: {
            nameEn?: string;
            nameZh?: string;
            relatedCodes?: string[];
            sourceNote?: string;
            /**
             * @description withdrawn: no new standards for it
             * @enum {string}
             */
            status?: "active" | "withdrawn";
            workTypes?: string[];
        };
        UpdateOrganizationDto: {
            name?: string;
            /** @description 变更原因 / Reason for the change (kept in the audit trail) */
            reason?: string;
            /** @enum {string} */
            status?: "active" | "suspended";
        };
        UpdateTierPolicyDto: {
            /** @description 须报人社局确认; always true for 特级技师 and 首席技师 */
            bureauConfirmation?: boolean;
            /**
             * @description Smallest review committee (always odd)
             * @example 3
             */
            minReviewers?: number;
            /**
             * @description 月度津贴 (CNY)
             * @example 3000
             */
            monthlyAllowance?: number;
            /**
             * @description Weighted total a review must reach
             * @example 60
             */
            passMark?: number;
            /**
             * @description grassroots_manager 基层管理人员 / Grassroots manager, middle_manager 中层干部 / Middle management, deputy_general_manager 公司副总 / Deputy general manager, senior_manager 高级管理人员 / Senior management
             * @enum {string}
             */
            postGrade?: "grassroots_manager" | "middle_manager" | "deputy_general_manager" | "senior_manager";
            quota?: components["schemas"]["QuotaDto"];
            /** @description 变更原因 / reason (audit) */
            reason: string;
            /** @description 评审要素与权重; defaults to innovation 35, problem solving 35, contribution 30, education 0 */
            rubric?: components["schemas"]["RubricCriterionDto"][];
            /** @enum {string} */
            status?: "active" | "retired";
            /**
             * @description 聘期 in months; required for appointment tiers (特级技师, 首席技师, the enterprise’s own), not allowed otherwise
             * @example 36
             */
            termMonths?: number;
            /**
             * @description 比照职称待遇, e.g. senior 正高级
             * @enum {string}
             */
            titleGrade?: "junior" | "intermediate" | "deputy_senior" | "senior";
        };
        UpdateTitleMappingDto: {
            basis?: string;
            /** @description Only before the rule takes effect */
            effectiveFrom?: string;
            /** @description Ends the rule (last day in force); not before today once it is in force */
            effectiveTo?: string;
            note?: string;
            /** @description 变更原因 / reason (audit) */
            reason?: string;
            /** @description Only before the rule takes effect */
            titleName?: string;
            /** @description Only before the rule takes effect */
            years?: number;
        };
        UpdateUserDto: {
            displayName?: string;
            /** @description 变更原因 / Reason (kept in the audit trail) */
            reason?: string;
            /**
             * @description Disabling ends every session of the user
             * @enum {string}
             */
            status?: "active" | "disabled";
        };
        UpdateVersionDto: {
            /** @example 2027版 */
            label?: string;
            /** @description Per level: rank, routes (申报条件, kinds standard | exceptional 破格 | competition 以赛代评), components (theory | practical | comprehensive_review | performance_review | defense, with maxScore, passMark, weight %, minEvaluators, oddEvaluators, candidatesPerEvaluator, optional rubric), carryOverYears. Omit to start from the national standard of the occupation, or the national template. */
            levels?: Record<string, never>[];
            notes?: string;
        };
        UpdateWorkerDto: {
            /** @description 学徒期满日期 */
            apprenticeshipCompletedOn?: string;
            /** @enum {string} */
            education?: "none" | "junior_high" | "senior_high" | "secondary_vocational" | "technician_college_senior" | "associate" | "technician_college_preparatory" | "bachelor" | "master" | "doctor";
            /** @example 王建国 */
            fullName?: string;
            graduatedOn?: string;
            /** @example 13800000000 */
            phone?: string;
            /** @description 变更原因 / Reason (audit) */
            reason?: string;
        };
        UserResponseDto: {
            createdAt: string;
            displayName: string;
            id: string;
            organizationId: string | null;
            personId: string | null;
            roleLabels: string[];
            roles: ("platform_admin" | "bureau_officer" | "hr_admin" | "evaluator" | "worker")[];
            status: string;
            username: string;
        };
        VerifiedPanelDto: {
            /** @description 考生（职工档案） / candidate worker records */
            candidatePersonIds: string[];
            evaluatorProfileIds: string[];
            /** @description 考评组序号 / panel number, from 1 */
            number: number;
        };
        VersionDetailDto: {
            /** @description What you may do to it now */
            allowedActions: ("submit" | "withdraw" | "request_changes" | "approve" | "publish" | "retire")[];
            createdFromVersionId: string | null;
            /** @description Whether its content may still be edited */
            editable: boolean;
            effectiveFrom: string | null;
            effectiveTo: string | null;
            id: string;
            label: string | null;
            levels: Record<string, never>[];
            notes: string | null;
            /** @description How many campaigns (or other holders) pin it */
            pinnedCount: number;
            publishedAt: string | null;
            retiredAt: string | null;
            reviewedAt: string | null;
            standardId: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "changes_requested" | "approved" | "published" | "retired";
            statusLabel: string;
            submittedAt: string | null;
            updatedAt: string;
            version: number;
        };
        VersionSummaryDto: {
            effectiveFrom: string | null;
            effectiveTo: string | null;
            id: string;
            label: string | null;
            /** @description How many campaigns (or other holders) pin it */
            pinnedCount: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "changes_requested" | "approved" | "published" | "retired";
            statusLabel: string;
            updatedAt: string;
            version: number;
        };
        VoidComponentDto: {
            /**
             * @description 作弊 / 违纪
             * @enum {string}
             */
            kind: "cheating" | "misconduct";
            /**
             * @description 原因（记入审计） / reason, kept in the audit trail
             * @example 考场携带手机并查阅资料
             */
            reason: string;
        };
        VoidResultDto: {
            /**
             * @description 理由（记入审计） / reason, kept in the audit trail
             * @example 经核实该考生由他人代考，成绩无效
             */
            reason: string;
        };
        WithdrawApplicationDto: {
            /** @example 本人放弃报名 */
            reason?: string;
        };
        WorkerCredentialDto: {
            /** @description The certificate issued on this platform, when the caller may open it (PDF, QR code) */
            certificateId: string | null;
            certificateNumber: string | null;
            id: string;
            /** @example 2024-06-30 */
            issuedOn: string;
            issuerName: string;
            /** @description The level digit of a national certificate (1 = 一级); null for tiers */
            levelDigit: number | null;
            /** @example 6-18-02-04 */
            occupationCode: string;
            /** @example 焊工 */
            occupationName: string | null;
            /** @enum {string} */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /** @example 四级/中级工 */
            rankLabel: string;
            /** @enum {string} */
            source: "external" | "issued" | "appointed";
            /** @example 本平台评价发证 */
            sourceLabel: string;
            /** @enum {string} */
            status: "valid" | "revoked" | "ended";
            /** @example 有效 */
            statusLabel: string;
            /** @description The public verification page of that certificate (what its QR code opens) */
            verificationUrl: string | null;
            /** @description 工种 */
            workType: string | null;
        };
        WorkerEligibilityReportDto: {
            /** @example 2026-12-02 */
            asOf: string;
            /** @description asOf when eligible; else the earliest projected date; null if time alone meets no route */
            earliestDate: string | null;
            earliestRoute: string | null;
            eligible: boolean;
            occupationCode: string;
            personId: string;
            /** @enum {string} */
            rank: "apprentice" | "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
            /** @example 三级/高级工 */
            rankLabel: string;
            routes: components["schemas"]["RouteResultDto"][];
            standardId: string;
            succeededRoute: string | null;
            version: number;
        };
        WorkerImportBadRowDto: {
            errors: components["schemas"]["WorkerImportErrorDto"][];
            /** @description Spreadsheet row number, as the spreadsheet shows it */
            row: number;
        };
        WorkerImportErrorDto: {
            code: string;
            /**
             * @description The column at fault; null for the row as a whole
             * @enum {string|null}
             */
            field: "fullName" | "idNumber" | "employmentType" | "agency" | "hiredOn" | "occupationCode" | "occupationStartedOn" | "jobTitle" | "phone" | "education" | null;
            /** @description 列名，如「身份证号码」 / the column header */
            fieldLabel: string | null;
            /** @description 第N行「列」：问题 / message, Chinese first */
            message: string;
        };
        WorkerImportReportDto: {
            /** @description Every bad row with its field errors; when any is listed nothing was saved */
            badRows: components["schemas"]["WorkerImportBadRowDto"][];
            /** @description Workers registered by this upload: every row, or none when any row is bad */
            created: number;
            /** @description Data rows read */
            rows: number;
            /** @description The registered workers */
            workerIds: string[];
        };
        WorkerPhotoDto: {
            /** @example 480 */
            height: number;
            /** @description SHA-256 of the JPEG, hex; also its ETag */
            sha256: string;
            /** @description Bytes of the normalized JPEG */
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
            /** @example 360 */
            width: number;
        };
        WorkerRecordDto: {
            apprenticeshipCompletedOn: string | null;
            birthDate: string;
            credentials: components["schemas"]["CredentialRecordDto"][];
            /** @enum {string|null} */
            education: "none" | "junior_high" | "senior_high" | "secondary_vocational" | "technician_college_senior" | "associate" | "technician_college_preparatory" | "bachelor" | "master" | "doctor" | null;
            employments: components["schemas"]["EmploymentRecordDto"][];
            fullName: string;
            graduatedOn: string | null;
            honors: components["schemas"]["HonorRecordDto"][];
            id: string;
            /**
             * @description Always masked; the full number only through the audited reveal
             * @example 141102********1234
             */
            idNumberMasked: string;
            innovations: components["schemas"]["InnovationRecordDto"][];
            phone: string | null;
            relations: components["schemas"]["RelationRecordDto"][];
            /** @enum {string} */
            sex: "male" | "female";
            titles: components["schemas"]["TitleRecordDto"][];
            trainings: components["schemas"]["TrainingRecordDto"][];
            /** @description The worker’s sign-in account, if any */
            userId: string | null;
        };
        WorkerSummaryDto: {
            birthDate: string;
            currentEmployments: components["schemas"]["CurrentEmploymentDto"][];
            fullName: string;
            /** @description The highest valid skill level held */
            highestRank: string | null;
            id: string;
            /** @example 141102********1234 */
            idNumberMasked: string;
            /** @enum {string} */
            sex: "male" | "female";
        };
        WorkingDaysResponseDto: {
            days: string[];
            /** @description The n-th working day, inclusive */
            end: string;
            from: string;
            n: number;
            /** @description Counted partly in a year without an official schedule */
            provisional: boolean;
            /** @description First working day counted: `from` if it is one, else the next */
            start: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AnalyticsController_enterprise_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsReportDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AnalyticsController_exportEnterprise_v1: {
        parameters: {
            query?: {
                /** @description One view only (the sheet of one chart); all views when absent */
                section?: "overview" | "enterprises" | "byRank" | "byOccupation" | "byEmploymentType" | "pipeline" | "passRates" | "evaluatorSeverity" | "appointments";
            };
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AnalyticsController_region_v1: {
        parameters: {
            query?: {
                /** @description A region inside the bureau’s own; defaults to it */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsReportDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AnalyticsController_exportRegion_v1: {
        parameters: {
            query?: {
                /** @description A region inside the bureau’s own; defaults to it */
                regionCode?: string;
                /** @description One view only (the sheet of one chart); all views when absent */
                section?: "overview" | "enterprises" | "byRank" | "byOccupation" | "byEmploymentType" | "pipeline" | "passRates" | "evaluatorSeverity" | "appointments";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApplicationsController_list_v1: {
        parameters: {
            query?: {
                campaignId?: string;
                /** @description Only eligible (true) or ineligible (false) applications */
                eligible?: boolean;
                page?: unknown;
                pageSize?: unknown;
                personId?: string;
                rank?: "L5" | "L4" | "L3" | "L2" | "L1";
                status?: "pending" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApplicationSeatsController_ticket_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 准考证（PDF） / The admission ticket, PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 409 NOT_SEATED: 尚未编排考场 / no seat assigned yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApplicationSeatsController_seats_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyExamSeatDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApplicationsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApplicationsController_approve_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApplicationsController_approveExceptional_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExceptionalApprovalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApplicationsController_listFiles_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationFileDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApplicationsController_upload_v1: {
        parameters: {
            query?: {
                /** @description 文件名 / file name shown on download */
                filename?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationFileDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApplicationsController_download_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApplicationsController_reject_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApplicationResultsController_result_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResultDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ApplicationsController_withdraw_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_list_v1: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                personId?: string;
                policyId?: string;
                status?: "nominated" | "declined" | "reviewed" | "not_passed" | "in_publicity" | "awaiting_confirmation" | "confirmed" | "bureau_rejected" | "appointed" | "expired" | "revoked" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AppointmentResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_nominate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NominateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_appoint_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_confirm_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_decline_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_openPublicity_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenPublicityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_closePublicity_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_reject_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_renew_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_review_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_revoke_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_withdraw_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuditController_list_v1: {
        parameters: {
            query?: {
                /** @description 操作 / Action, e.g. worker.create */
                action?: string;
                entityId?: string;
                /** @description 实体类型 / Entity type, e.g. person */
                entityType?: string;
                /** @description From (inclusive), ISO 8601 */
                from?: string;
                organizationId?: string;
                page?: unknown;
                pageSize?: unknown;
                /** @description To (exclusive), ISO 8601 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEventDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuditController_chainStatus_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditChainStatusDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_login_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description 时间窗内允许的请求数 / Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description 时间窗内剩余的请求数 / Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description 时间窗多少秒后重置 / Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    /** @description 时间窗内允许的请求数 / Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description 时间窗内剩余的请求数 / Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description 时间窗多少秒后重置 / Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    /** @description 时间窗内允许的请求数 / Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description 时间窗内剩余的请求数 / Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description 时间窗多少秒后重置 / Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求过于频繁，请在 Retry-After 秒后重试 / Too many requests: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description 时间窗内允许的请求数 / Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description 时间窗内剩余的请求数 / Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description 时间窗多少秒后重置 / Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_logout_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 完成，无内容 / Done, no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_refresh_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description 时间窗内允许的请求数 / Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description 时间窗内剩余的请求数 / Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description 时间窗多少秒后重置 / Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    /** @description 时间窗内允许的请求数 / Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description 时间窗内剩余的请求数 / Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description 时间窗多少秒后重置 / Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    /** @description 时间窗内允许的请求数 / Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description 时间窗内剩余的请求数 / Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description 时间窗多少秒后重置 / Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求过于频繁，请在 Retry-After 秒后重试 / Too many requests: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description 时间窗内允许的请求数 / Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description 时间窗内剩余的请求数 / Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description 时间窗多少秒后重置 / Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CalendarController_workingDays_v1: {
        parameters: {
            query: {
                /** @description 起算日（公示发布日）/ the day counting starts (publication day) */
                from: string;
                /** @description 工作日数 / number of working days */
                n?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDaysResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CalendarController_getYear_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CalendarController_load_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoadCalendarYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignsController_list_v1: {
        parameters: {
            query?: {
                occupationCode?: string;
                /** @description Campaigns of this evaluation body */
                organizationId?: string;
                page?: unknown;
                pageSize?: unknown;
                status?: "draft" | "filed" | "acknowledged" | "returned" | "registration_open" | "registration_closed" | "assessing" | "scoring" | "publicity" | "finalized" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CampaignResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ExamSessionsController_tickets_v1: {
        parameters: {
            query?: {
                /** @description 只打印这一考核项目的准考证 */
                component?: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
                /** @description 只打印这一考场的准考证 */
                sessionId?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 准考证（一人一页的PDF） / Admission tickets, one page per candidate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 409 NOT_SEATED: 尚未编排考场 / no seat assigned yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignApplicationsController_list_v1: {
        parameters: {
            query?: {
                /** @description Only eligible (true) or ineligible (false) applications */
                eligible?: boolean;
                page?: unknown;
                pageSize?: unknown;
                personId?: string;
                rank?: "L5" | "L4" | "L3" | "L2" | "L1";
                status?: "pending" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignApplicationsController_apply_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignApplicationsController_import_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationImportReportDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignApplicationsController_template_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResultsController_report_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BureauReportDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResultsController_submitReport_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BureauReportDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResultsController_reportXlsx_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignScoringController_list_v1: {
        parameters: {
            query?: {
                component?: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
                status?: "pending" | "moderation" | "scored" | "absent" | "voided";
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentScoreDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignDrawsController_list_v1: {
        parameters: {
            query?: {
                /** @description Include superseded draws */
                all?: boolean;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDrawDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignDrawsController_draw_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignDrawRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDrawDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 无法抽取时返回 422，code 为未满足的约束 / 422 naming the constraint: POOL_TOO_SMALL, QUALIFICATION_NOT_VALID, LEVEL_TOO_LOW, WORKLOAD_CAP, NO_CONFLICT_FREE_PANEL */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignDrawsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                drawId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDrawDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignDrawsController_replace_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                drawId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceEvaluatorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDrawDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 调整不符合规则时返回 422 / 422 naming the rule broken: NOT_IN_POOL, ALREADY_DRAWN, OCCUPATION_NOT_COVERED, QUALIFICATION_NOT_VALID, LEVEL_TOO_LOW, CONFLICT_OF_INTEREST, WORKLOAD_CAP */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignDrawsController_verify_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                drawId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDrawVerificationDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 409 DRAW_INPUTS_NOT_RECORDED: 抽取未记录输入 / the draw was saved without its inputs */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ExamSessionsController_list_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSessionResponseDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ExamSessionsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExamSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSessionResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ExamSessionsController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExamSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSessionResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ExamSessionsController_cancel_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelExamSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSessionResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ExamSessionsController_checkInList_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 签到表（A4 PDF，按座位号） / The check-in list of a room, A4 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ExamSessionsController_seats_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeatPlanDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResultsController_finalize_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinalizationDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 409 PUBLICITY_WINDOW_OPEN, OBJECTIONS_PENDING, CORRECTIONS_PENDING, PUBLICITY_WINDOW_PROVISIONAL, INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResultsController_publish_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishResultsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 409 INVALID_TRANSITION; 409 SCORES_INCOMPLETE while components await scores or moderation */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResultsController_list_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResultsDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResultsController_correct_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectResultDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateResultDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ResultsController_voidResult_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidResultDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateResultDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignScoringController_progress_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringProgressDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignScoringController_settings_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringSettingsResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignScoringController_updateSettings_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoringSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringSettingsResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ExamSessionsController_seat_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeatingRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeatingResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignScoringController_start_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartScoringResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 非考核中：409 INVALID_TRANSITION / the campaign is not assessing */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignScoringController_importTheory_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TheoryImportReportDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignsController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignsController_acknowledge_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 非法状态变更返回 409 INVALID_TRANSITION / an illegal transition answers 409 INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignsController_cancel_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 非法状态变更返回 409 INVALID_TRANSITION / an illegal transition answers 409 INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignsController_closeRegistration_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 非法状态变更返回 409 INVALID_TRANSITION / an illegal transition answers 409 INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignsController_file_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 非法状态变更返回 409 INVALID_TRANSITION / an illegal transition answers 409 INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignsController_openRegistration_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 非法状态变更返回 409 INVALID_TRANSITION / an illegal transition answers 409 INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignsController_returnCampaign_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 非法状态变更返回 409 INVALID_TRANSITION / an illegal transition answers 409 INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CampaignsController_startAssessment_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 非法状态变更返回 409 INVALID_TRANSITION / an illegal transition answers 409 INVALID_TRANSITION; 409 APPLICATIONS_PENDING while applications await a decision */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CertificatesController_list_v1: {
        parameters: {
            query?: {
                /** @description 证书编号 */
                certificateNumber?: string;
                /** @description 发证日期起 / issued on or after */
                issuedFrom?: string;
                /** @description 发证日期止 / issued on or before */
                issuedTo?: string;
                occupationCode?: string;
                page?: unknown;
                pageSize?: unknown;
                /** @description Certificates of this worker */
                personId?: string;
                rank?: "L5" | "L4" | "L3" | "L2" | "L1";
                status?: "valid" | "revoked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CertificateResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CertificatesController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CertificatesController_credential_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateCredentialResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CertificatesController_pdf_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate, A4 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CertificatesController_revoke_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CertificatesController_export_v1: {
        parameters: {
            query: {
                /** @description 发证日期起 / issued on or after */
                from: string;
                /** @description 只导出该职业 / only this occupation */
                occupationCode?: string;
                /** @description 只导出该等级 / only this level */
                rank?: "L5" | "L4" | "L3" | "L2" | "L1";
                /** @description valid: the upload of issued certificates; revoked: the list of revocations to report */
                status?: "valid" | "revoked";
                /** @description 发证日期止 / issued on or before */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 422 EXPORT_TOO_LARGE: 超过一万张，请缩小范围 / more than 10,000 certificates selected */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionPromotionsController_list_v1: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                personId?: string;
                status?: "proposed" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CompetitionPromotionResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionPromotionsController_propose_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposePromotionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitionPromotionResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionPromotionsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitionPromotionResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionPromotionsController_approve_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionPromotionsController_reject_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionPromotionsController_withdraw_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionRulesController_list_v1: {
        parameters: {
            query?: {
                /** @description Rules that apply in this region (its own and those of the bureaus covering it) */
                appliesIn?: string;
                page?: unknown;
                pageSize?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CompetitionRuleResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionRulesController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompetitionRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitionRuleResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionRulesController_end_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndCompetitionRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitionRuleResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionsController_list_v1: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                tier?: "national" | "provincial" | "city_class_1" | "city_class_2" | "enterprise";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CompetitionResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompetitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitionResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitionResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CompetitionsController_recordResults_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordResultsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitionResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ComponentScoresController_list_v1: {
        parameters: {
            query?: {
                /** @description Only this campaign (across every campaign the caller may see when left out) */
                campaignId?: string;
                component?: "theory" | "practical" | "comprehensive_review" | "performance_review" | "defense";
                status?: "pending" | "moderation" | "scored" | "absent" | "voided";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentScoreDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ComponentScoresController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentScoreDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ComponentScoresController_absent_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkAbsentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentScoreDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 409 when a sheet was submitted, the score imported or carried over, or the campaign is not scoring */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ComponentScoresController_moderate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModerateComponentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentScoreDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ComponentScoresController_voidComponent_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidComponentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentScoreDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluationBodiesController_list_v1: {
        parameters: {
            query?: {
                occupationCode?: string;
                /** @description Filings of this enterprise */
                organizationId?: string;
                page?: unknown;
                pageSize?: unknown;
                status?: "applied" | "approved" | "rejected" | "suspended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FilingResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluationBodiesController_apply_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyFilingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluationBodiesController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluationBodiesController_approve_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveFilingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluationBodiesController_reinstate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FilingReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluationBodiesController_reject_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FilingReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluationBodiesController_suspend_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FilingReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluatorsController_list_v1: {
        parameters: {
            query?: {
                /** @description 可考评的最高等级 / highest level they may assess */
                highestRank?: "L5" | "L4" | "L3" | "L2" | "L1" | "special" | "chief";
                occupationCode?: string;
                /** @description Evaluators whose home is this organization */
                organizationId?: string;
                page?: unknown;
                pageSize?: unknown;
                status?: "active" | "inactive";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EvaluatorResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluatorsController_register_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterEvaluatorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluatorsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluatorsController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEvaluatorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluatorsController_listConflicts_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorConflictResponseDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluatorsController_declareConflict_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareConflictDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorConflictResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluatorsController_removeConflict_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conflictId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveConflictDto"];
            };
        };
        responses: {
            /** @description 完成，无内容 / Done, no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluatorsController_share_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluatorSharingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EvaluatorsController_drawPreview_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DrawPreviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawPreviewResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 无法抽取时返回 422，code 为未满足的约束 / 422 naming the constraint: POOL_TOO_SMALL, QUALIFICATION_NOT_VALID, LEVEL_TOO_LOW, WORKLOAD_CAP, NO_CONFLICT_FREE_PANEL */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    HealthController_check_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    LadderController_list_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LadderRankDto"][];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_me_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponseDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ObjectionsController_resolve_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OccupationsController_list_v1: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                /** @description 编码前缀或名称包含 / code prefix or name contains */
                q?: string;
                status?: "active" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OccupationResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OccupationsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOccupationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OccupationsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OccupationsController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOccupationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OccupationsController_export_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OccupationsController_import_v1: {
        parameters: {
            query?: {
                /** @description 只校验不写入 / validate only */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationImportReportDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrganizationsController_list_v1: {
        parameters: {
            query?: {
                kind?: "bureau" | "enterprise" | "dispatch_agency";
                page?: unknown;
                pageSize?: unknown;
                /** @description Organizations inside this region (prefix rule) */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OrganizationResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrganizationsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrganizationsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrganizationsController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TierPoliciesController_list_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierPolicyResponseDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TierPoliciesController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTierPolicyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierPolicyResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TierPoliciesController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
                policyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTierPolicyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierPolicyResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EnterpriseTiersController_list_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseTierResponseDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EnterpriseTiersController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnterpriseTierDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseTierResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EnterpriseTiersController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
                tierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnterpriseTierDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseTierResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicCertificatesController_verify_v1: {
        parameters: {
            query: {
                /** @description 持证人姓名 / the holder’s name as printed on the certificate */
                name: string;
            };
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description 时间窗内允许的请求数 / Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description 时间窗内剩余的请求数 / Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description 时间窗多少秒后重置 / Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCertificateResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    /** @description 时间窗内允许的请求数 / Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description 时间窗内剩余的请求数 / Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description 时间窗多少秒后重置 / Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    /** @description 时间窗内允许的请求数 / Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description 时间窗内剩余的请求数 / Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description 时间窗多少秒后重置 / Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求过于频繁，请在 Retry-After 秒后重试 / Too many requests: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description 时间窗内允许的请求数 / Requests allowed in the window */
                    "X-RateLimit-Limit"?: number;
                    /** @description 时间窗内剩余的请求数 / Requests left in the window */
                    "X-RateLimit-Remaining"?: number;
                    /** @description 时间窗多少秒后重置 / Seconds until the window resets */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicCertificatesController_issuer_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuerProfileResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicCertificatesController_jwks_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwksResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicCertificatesController_statusList_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BitstringStatusListCredentialDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicityController_list_v1: {
        parameters: {
            query?: {
                /** @description Notices of this publishing organization */
                organizationId?: string;
                page?: unknown;
                pageSize?: unknown;
                /** @description 按今日所处阶段筛选 / where the notice stands today */
                phase?: "scheduled" | "open" | "closed" | "finalized";
                /** @description The subject (campaign, appointment …) the notice publicizes */
                subjectId?: string;
                subjectType?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PublicityNoticeSummaryDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicityController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicityNoticeDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicityController_listObjections_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponseDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicityController_fileObjection_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileObjectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QuestionBanksController_list_v1: {
        parameters: {
            query?: {
                occupationCode?: string;
                page?: unknown;
                pageSize?: unknown;
                rank?: "L5" | "L4" | "L3" | "L2" | "L1";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["QuestionBankResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QuestionBanksController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuestionBankDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionBankResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BlueprintsController_list_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlueprintResponseDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BlueprintsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlueprintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlueprintResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BlueprintsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlueprintResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BlueprintsController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlueprintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlueprintResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BlueprintsController_papers_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaperResponseDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BlueprintsController_assemble_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaperResponseDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QuestionBanksController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionBankResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QuestionBanksController_listItems_v1: {
        parameters: {
            query?: {
                kind?: "single_choice" | "multiple_choice" | "true_false" | "fill_in" | "short_answer";
                /** @description 知识点（完全一致） */
                knowledgePoint?: string;
                page?: unknown;
                pageSize?: unknown;
                /** @description 题干包含的文字 */
                q?: string;
                status?: "draft" | "reviewed" | "active" | "retired";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["QuestionItemResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QuestionBanksController_createItem_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemDraftDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionItemResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QuestionBanksController_getItem_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionItemResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QuestionBanksController_updateItem_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionItemResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QuestionBanksController_setStatus_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionItemResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QuestionBanksController_export_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 未停用的试题，按导入模板的格式（可修改后再导入） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QuestionBanksController_import_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemImportReportDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    QuestionBanksController_template_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 试题导入模板（XLSX），含各题型示例和填写说明 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ScoreSheetsController_list_v1: {
        parameters: {
            query?: {
                campaignId?: string;
                status?: "draft" | "submitted" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ScoreSheetsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ScoreSheetsController_save_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveScoreSheetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 已提交的评分表已锁定：409 SHEET_LOCKED / a submitted sheet is locked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ScoreSheetsController_submit_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveScoreSheetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 已提交后内容不同：409 SHEET_LOCKED / different content for a submitted sheet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_list_v1: {
        parameters: {
            query?: {
                occupationCode?: string;
                occupationId?: string;
                /** @description Owner (within your scope) */
                organizationId?: string;
                page?: unknown;
                pageSize?: unknown;
                source?: "national" | "industry" | "enterprise";
                /** @description Standards having a version in this status */
                versionStatus?: "draft" | "submitted" | "changes_requested" | "approved" | "published" | "retired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StandardResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStandardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_export_v1: {
        parameters: {
            query?: {
                /** @description Version number; defaults to the one in force, else the latest */
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardDocumentDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_listVersions_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionSummaryDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_createVersion_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDetailDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_getVersion_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDetailDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_updateVersion_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDetailDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_approve_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewStepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDetailDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_comments_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponseDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_comment_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkerEligibilityController_evaluate_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EligibilityRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerEligibilityReportDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_publish_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDetailDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_requestChanges_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestChangesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDetailDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_retire_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDetailDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_submit_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewStepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDetailDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_withdraw_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewStepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDetailDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StandardsController_import_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportStandardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportedStandardDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleMappingsController_list_v1: {
        parameters: {
            query?: {
                /** @description Only rules in force on this date */
                activeOn?: string;
                /** @description Rules that apply in this region: national ones and those of bureaus covering it */
                appliesIn?: string;
                direction?: "skill_to_title" | "title_to_skill";
                page?: unknown;
                pageSize?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TitleMappingResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleMappingsController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTitleMappingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleMappingResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleMappingsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleMappingResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleMappingsController_remove_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 完成，无内容 / Done, no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleMappingsController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTitleMappingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleMappingResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleRecognitionsController_list_v1: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                personId?: string;
                status?: "applied" | "endorsed" | "declined" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TitleRecognitionResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleRecognitionsController_apply_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyTitleRecognitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleRecognitionResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleRecognitionsController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleRecognitionResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleRecognitionsController_approve_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleRecognitionsController_decline_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleRecognitionsController_endorse_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleRecognitionsController_reject_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    TitleRecognitionsController_withdraw_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UsersController_list_v1: {
        parameters: {
            query?: {
                organizationId?: string;
                page?: unknown;
                pageSize?: unknown;
                role?: "platform_admin" | "bureau_officer" | "hr_admin" | "evaluator" | "worker";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UserResponseDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UsersController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UsersController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    UsersController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_list_v1: {
        parameters: {
            query?: {
                employmentType?: "regular" | "dispatched" | "outsourced" | "intern" | "apprentice";
                /** @description 姓名（前缀匹配） / Name starts with */
                name?: string;
                occupationCode?: string;
                /** @description Only workers with an employment at this organization (within your scope) */
                organizationId?: string;
                page?: unknown;
                pageSize?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WorkerSummaryDto"][];
                        /** Format: int32 */
                        page: number;
                        /** Format: int32 */
                        pageSize: number;
                        /** Format: int32 */
                        total: number;
                        /** @description Past 10,000 matches the total is the planner’s estimate, not an exact count */
                        totalIsEstimate: boolean;
                    };
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_create_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkerDto"];
            };
        };
        responses: {
            /** @description The worker was already on record (same ID number): the employment is added to it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerRecordDto"];
                };
            };
            /** @description A new worker registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerRecordDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerRecordDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_update_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerRecordDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_createAccount_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkerAccountDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CareerPathController_careerPath_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareerPathResponseDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    CareerPathController_credentials_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerCredentialDto"][];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_addCredential_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCredentialDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerRecordDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_addEmployment_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmploymentInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerRecordDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_endEmployment_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                employmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndEmploymentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerRecordDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_addHonor_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddHonorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerRecordDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_reveal_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedIdNumberDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_addInnovation_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddInnovationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerRecordDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkerPhotosController_get_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The normalized photo, 360×480 JPEG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkerPhotosController_put_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerPhotoDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkerPhotosController_remove_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 完成，无内容 / Done, no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_addRelation_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddRelationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerRecordDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkerTitleOptionsController_titleOptions_v1: {
        parameters: {
            query?: {
                /** @description Defaults to today (China) */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleOptionsReportDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_addTitle_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTitleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerRecordDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkersController_addTraining_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTrainingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerRecordDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 不存在或无权访问 / Not found, or not within the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkerImportController_import_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerImportReportDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkerImportController_template_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PhotoImportController_import_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-zip-compressed": string;
                "application/zip": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoImportReportDto"];
                };
            };
            /** @description 请求有误（字段错误见 errors[]） / Invalid request: the fields at fault are in errors[] */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 未登录 / Not authenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 角色不允许 / Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 请求体过大 / The body exceeds its size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 服务器内部错误（请提供 requestId） / Internal error: quote the requestId when reporting it */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description 数据库暂不可用，请在 Retry-After 秒后重试 / The database cannot be reached: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description 多少秒后可重试 / Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
}
