"""Trường Chính trị tỉnh Quảng Ngãi on Drupal 7 with a contributed theme (Corporate Clean-like,
superfish main menu), the site language set to Vietnamese but several modules left untranslated.

Platform
--------
Drupal 7.x, clean URLs and Pathauto on. Two content types carry news:

- ``article`` ("Bài viết", the standard-profile type, default ``node.tpl.php``): its
  "submitted" line is Drupal's own, never translated on this site, with the site's medium date
  format left at Drupal's default ``D, m/d/Y - H:i``:
  ``Submitted by admin on Thu, 11/05/2026 - 08:30`` -- month first, English weekday.
- ``tin_bai`` ("Tin bài", added later with a theme template ``node--tin-bai.tpl.php``) prints a
  translated line, day first with the Vietnamese weekday abbreviation:
  ``Gửi bởi Phòng Đào tạo vào T5, 19/11/2026 - 08:30``.

Some nodes also carry a date field ``field_ngay_dang`` ("Ngày đăng tin:", Date module, format
``d/m/Y - H:i``, ``div.field-name-field-ngay-dang``). The rdf and metatag modules are disabled:
no ISO date is printed anywhere on the page.

Node template (both types)::

    <div id="node-153" class="node node-article node-promoted clearfix">
      <div class="meta submitted">Submitted by <span class="username">admin</span> on Wed, ...</div>
      <div class="content clearfix">
        [div.field-name-field-ngay-dang]  "Ngày đăng tin:" d/m/Y - H:i
        div.field-name-body > .field-item   (CKEditor HTML: p, h3, ul, table, images)
        div.field-name-field-tags            "Tags:" links to /tags/<tag>
      </div>
      <ul class="links inline"> Printer-friendly version | Add new comment
                                | Log in or register to post comments </ul>
    </div>
    block "Bài cùng chuyên mục" (the 2 newest other nodes of the term)

Images in the body carry their caption in the ``title`` attribute; the "Image caption" filter
prints it as ``<span class="caption">…</span>`` right under the image, inside the same centred
``<p>``. Some images have no title (no caption); one editor typed an italic centred line under
the photo instead. Bylines at the end: ``Tin, ảnh: …``, ``<p style="text-align: right;">
<strong>Nguyễn Văn Hải</strong></p>``, ``ThS. X - Khoa …``, ``TS. X, Phó Hiệu trưởng``.

URL scheme
----------
- ``/`` front page: "Tin mới" (6 newest), one block of 3 per category, sidebar.
- ``/tin-tuc`` the Views page of all news, 5 per page; ``?page=N`` is 0-based (``?page=1`` is
  the SECOND page). Pager ``« đầu ‹ trước 1 2 3 sau › cuối »``.
- ``/taxonomy/term/<tid>`` (1 Tin tức - Sự kiện, 2 Đào tạo - Bồi dưỡng, 3 Nghiên cứu - Trao
  đổi), 3 per page, same pager; term 3's view overrides the pager labels and keeps the English
  ``« first ‹ previous 1 2 next › last »``.
- ``/tin-tuc/<slug>`` node alias; ``/node/<nid>`` serves the same page (rel=canonical to the
  alias, shortlink /node/<nid>); ``/print/<nid>`` print module view of the same article;
  ``/comment/reply/<nid>`` (comment form on a separate page: the node again, with the form) for
  nodes whose comments are open to anonymous users ("Add new comment").
- ``/tags/<tag>`` tag term pages (10 per page), ``/gioi-thieu`` (basic page, submitted hidden),
  ``/lien-he`` (webform), ``/user/login`` (also with ``?destination=…``), ``/user/register``,
  ``/search/node/<words>`` (core search), ``/album-anh/<slug>`` gallery nodes ("Album ảnh").
- Files under ``/sites/default/files/``, theme under ``/sites/all/themes/corporateclean/``.

How each gold article is reached
--------------------------------
- The 6 newest: front page "Tin mới", ``/tin-tuc``, sidebar "Bài viết mới" (5 newest).
- Others: ``/tin-tuc?page=1`` / ``?page=2``, term pages, tag pages, "Bài cùng chuyên mục".
- "Bài cùng chuyên mục" shows only the 2 newest other nodes of the term, so the older half of
  each term is never linked from an article page. Of those, the ones with tags are also on tag
  pages; ``truong-chinh-tri-tinh-khai-giang-nam-hoc-2026-2027`` and
  ``mot-so-van-de-ve-xay-dung-van-hoa-cong-vu-hien-nay`` have no tags and are reached only on
  ``/tin-tuc?page=2`` and ``/taxonomy/term/<tid>?page=1`` (the pager's "2" and "3").

Traps
-----
- US dates: ``Submitted by admin on Thu, 11/05/2026 - 08:30`` is 5 November (a Thursday); five
  of them are ambiguous (12/02, 11/10, 11/05, 10/09, 09/10: the day-first reading is also a date);
  the English weekday agrees only with the US reading.
- The other half print the translated, day-first line; both forms coexist on the site.
- "Ngày đăng tin:" (d/m/Y) on four nodes: it wins over the submitted line and agrees with it.
- Drupal's 0-based pager: ``?page=1`` is page "2"; one listing keeps the English pager.
- The header prints today ("Thứ Sáu, 04/12/2026"); listings print d/m/Y only.
- Duplicates: ``/node/<nid>`` (canonical to the alias), ``/print/<nid>`` (no canonical,
  "Published on … Source URL: …"), ``/comment/reply/<nid>``.
- "admin" credits nobody; "Phòng Đào tạo", "Văn phòng Đảng ủy", a person's account name are
  credited; degrees (ThS., TS.) and posts after the name are dropped.
- Captions live in a span inside the image's paragraph; "Tags:", "Printer-friendly version",
  "Add new comment", "Log in or register to post comments" and the related block are chrome.
- The gallery node ("Album ảnh") prints a submitted line and photos: not an article. The basic
  page /gioi-thieu has a title and text but no submitted line.

Gold decisions
--------------
- title: ``h1#page-title``. published_at: the field "Ngày đăng tin" if present, else the
  submitted line, read US (article) or day-first (tin_bai), with the time printed.
- authors: the byline at the end; without one, the submitter unless it is "admin".
- summary: the bold lead paragraph (first of the body) where the editor wrote one.
- category: breadcrumb's last section (= the term of the node).
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "drupal7_english_meta_tct"
PLATFORM = "Drupal 7 + contributed theme (superfish), Vietnamese with untranslated modules"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Quảng Ngãi"
HEADER_TODAY = "Thứ Sáu, 04/12/2026"
THEME = "/sites/all/themes/corporateclean"

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
}
TIDS = {"tin-tuc-su-kien": 1, "dao-tao-boi-duong": 2, "nghien-cuu-trao-doi": 3}
ENGLISH_PAGER_TIDS = {3}
TAGS = {
    "thi-dua": "thi đua",
    "hoi-nghi": "hội nghị",
    "cong-tac-dang": "công tác đảng",
    "dao-tao": "đào tạo",
    "ly-luan-chinh-tri": "lý luận chính trị",
    "quoc-phong": "quốc phòng an ninh",
    "giang-vien": "giảng viên",
    "nghien-cuu-khoa-hoc": "nghiên cứu khoa học",
    "chuyen-doi-so": "chuyển đổi số",
    "doan-thanh-nien": "đoàn thanh niên",
}
NEWS_PER_PAGE = 5
TERM_PER_PAGE = 3
TAG_PER_PAGE = 10

# --- the nodes (newest first) -----------------------------------------------------------------
#
# opts: form ("us": article type, untranslated submitted line; "vi": tin_bai type), user (the
# account shown), time (H:i), field_date (prints "Ngày đăng tin:"), tags, comments ("open":
# "Add new comment" to /comment/reply/<nid>; "closed": "Log in or register to post comments"),
# byline (raw HTML closing the body). P styles: "lead" (bold), "h3", "li" (ul), "tr" (table row,
# cells " | "), "br" (the line ends with <br> and the next P continues the same <p>).
# Img styles: "cap" (title + caption filter), "none" (no title), "em" (italic line under it).

STORIES: list[Story] = [
    Story(
        153,
        "hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2026",
        "Trường Chính trị tỉnh tổng kết công tác thi đua, khen thưởng năm 2026",
        "tin-tuc-su-kien",
        "2026-12-02T14:15:00+07:00",
        [
            P(
                "Chiều 02/12/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội nghị tổng kết công tác "
                "thi đua, khen thưởng năm 2026 và triển khai phương hướng, nhiệm vụ năm 2027.",
                "lead",
            ),
            P(
                "Dự hội nghị có đồng chí Trần Phước Hiền, Phó Trưởng Ban Tuyên giáo Tỉnh ủy; đồng chí "
                "Nguyễn Thị Kim Loan, Hiệu trưởng nhà trường cùng toàn thể cán bộ, giảng viên, nhân viên."
            ),
            Img("/sites/default/files/tin-tuc/2026/12/hoi-nghi-thi-dua-1.jpg",
                "Quang cảnh Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026",
                "Quang cảnh Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026", "cap"),
            P("Kết quả nổi bật trong năm", "h3"),
            P("Hoàn thành 100% kế hoạch đào tạo, bồi dưỡng với 2.146 lượt học viên.", "li"),
            P("12 đề tài khoa học cấp trường được nghiệm thu, 02 đề tài cấp tỉnh đang triển khai.", "li"),
            P("94% bài giảng được học viên đánh giá đạt loại khá, giỏi.", "li"),
            P(
                "Phát biểu chỉ đạo, đồng chí Nguyễn Thị Kim Loan đề nghị các khoa, phòng tiếp tục đổi mới "
                "phương pháp giảng dạy, gắn lý luận với thực tiễn địa phương, đẩy mạnh chuyển đổi số trong "
                "quản lý đào tạo và xây dựng nhà trường đạt chuẩn mức 1."
            ),
            Img("/sites/default/files/tin-tuc/2026/12/hoi-nghi-thi-dua-2.jpg",
                "Hiệu trưởng trao Giấy khen cho các tập thể, cá nhân tiêu biểu",
                "Hiệu trưởng trao Giấy khen cho các tập thể, cá nhân tiêu biểu", "cap"),
            P(
                "Dịp này, nhà trường khen thưởng 05 tập thể và 27 cá nhân có thành tích xuất sắc; đề nghị "
                "UBND tỉnh tặng Bằng khen cho 02 tập thể và 04 cá nhân."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Thị Mỹ Dung</strong></p>'),
        ],
        authors=["Lê Thị Mỹ Dung"],
        photographers=["Lê Thị Mỹ Dung"],
        summary=(
            "Chiều 02/12/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội nghị tổng kết công tác "
            "thi đua, khen thưởng năm 2026 và triển khai phương hướng, nhiệm vụ năm 2027."
        ),
        opts={"form": "us", "user": "admin", "time": "14:15", "tags": ["thi-dua", "hoi-nghi"],
              "comments": "open"},
    ),
    Story(
        150,
        "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-thang-11",
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề “Nâng cao chất lượng sinh hoạt chi bộ”",
        "tin-tuc-su-kien",
        "2026-11-30T16:40:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch của Đảng ủy nhà trường, chiều 30/11/2026, Chi bộ Khoa Xây dựng Đảng tổ "
                "chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với "
                "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những hạn chế trong sinh hoạt định "
                "kỳ như nội dung còn dàn trải, tính chiến đấu chưa cao, việc phê bình và tự phê bình có "
                "lúc còn nể nang."
            ),
            P(
                "Đồng chí Bí thư Chi bộ yêu cầu mỗi đảng viên là giảng viên phải nêu gương trong giảng dạy, "
                "nghiên cứu; mỗi kỳ sinh hoạt cần chọn một vấn đề trọng tâm, có kết luận rõ ràng và phân "
                "công người theo dõi thực hiện."
            ),
            Img("/sites/default/files/tin-tuc/2026/11/sinh-hoat-chuyen-de.jpg", None, None, "none"),
            P(
                "Chuyên đề được các đảng viên đánh giá thiết thực, là dịp để chi bộ rà soát lại quy chế "
                "làm việc và xây dựng chương trình công tác năm 2027."
            ),
        ],
        authors=["Văn phòng Đảng ủy"],
        opts={"form": "vi", "user": "Văn phòng Đảng ủy", "time": "16:40",
              "tags": ["cong-tac-dang"], "comments": "open"},
    ),
    Story(
        148,
        "be-giang-lop-trung-cap-ly-luan-chinh-tri-k72",
        "Bế giảng lớp Trung cấp lý luận chính trị - hành chính K72 hệ không tập trung",
        "dao-tao-boi-duong",
        "2026-11-27T10:00:00+07:00",
        [
            P(
                "Sáng 27/11/2026, Trường Chính trị tỉnh tổ chức Lễ bế giảng và trao bằng tốt nghiệp cho "
                "86 học viên lớp Trung cấp lý luận chính trị - hành chính K72 hệ không tập trung mở tại "
                "huyện Sơn Tịnh.",
                "lead",
            ),
            P(
                "Sau 18 tháng học tập, các học viên đã hoàn thành chương trình với 5 phần học; kết quả "
                "tốt nghiệp có 21 học viên đạt loại giỏi (24,4%), 63 học viên đạt loại khá (73,3%) và "
                "02 học viên đạt loại trung bình."
            ),
            P("Kết quả tốt nghiệp theo xếp loại", "h3"),
            P("Xếp loại | Số học viên | Tỷ lệ", "tr"),
            P("Giỏi | 21 | 24,4%", "tr"),
            P("Khá | 63 | 73,3%", "tr"),
            P("Trung bình | 02 | 2,3%", "tr"),
            Img("/sites/default/files/dao-tao/2026/11/be-giang-k72.jpg",
                "Ban Giám hiệu trao bằng tốt nghiệp cho các học viên",
                "Ban Giám hiệu trao bằng tốt nghiệp cho các học viên", "cap"),
            P(
                "Phát biểu bế giảng, đồng chí Phó Hiệu trưởng mong muốn các học viên vận dụng kiến thức "
                "đã học vào thực tiễn công tác ở cơ sở, tiếp tục tự học, tự rèn luyện để đáp ứng yêu cầu "
                "nhiệm vụ trong tình hình mới."
            ),
        ],
        authors=["Phòng Đào tạo"],
        summary=(
            "Sáng 27/11/2026, Trường Chính trị tỉnh tổ chức Lễ bế giảng và trao bằng tốt nghiệp cho "
            "86 học viên lớp Trung cấp lý luận chính trị - hành chính K72 hệ không tập trung mở tại "
            "huyện Sơn Tịnh."
        ),
        opts={"form": "vi", "user": "Phòng Đào tạo", "time": "10:00",
              "tags": ["dao-tao", "ly-luan-chinh-tri"], "comments": "closed"},
    ),
    Story(
        145,
        "khai-giang-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4",
        "Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        "dao-tao-boi-duong",
        "2026-11-24T08:30:00+07:00",
        [
            P(
                "Ngày 24/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng "
                "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Lớp học có 112 học viên là trưởng thôn, tổ dân phố, bí thư chi bộ và cán bộ các đoàn thể "
                "ở cơ sở thuộc thành phố Quảng Ngãi và huyện Tư Nghĩa."
            ),
            P("Nội dung chương trình", "h3"),
            P("Quan điểm của Đảng về xây dựng nền quốc phòng toàn dân, an ninh nhân dân.", "li"),
            P("Xây dựng thế trận lòng dân vững chắc ở cơ sở.", "li"),
            P("Phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ.", "li"),
            P("Công tác dân quân tự vệ và giáo dục quốc phòng ở địa phương.", "li"),
            P(
                "Lớp học diễn ra trong 5 ngày, từ ngày 24 đến 28/11/2026; cuối khóa học viên viết bài thu "
                "hoạch để được cấp giấy chứng nhận."
            ),
        ],
        authors=["Trần Minh Quân"],
        photographers=[],
        opts={"form": "us", "user": "admin", "time": "08:30", "tags": ["dao-tao", "quoc-phong"],
              "comments": "closed",
              "byline": '<p style="text-align: right;"><strong>Trần Minh Quân</strong></p>'},
    ),
    Story(
        142,
        "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "tin-tuc-su-kien",
        "2026-11-19T08:30:00+07:00",
        [
            P(
                "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11, từ ngày 17 đến 19/11/2026, Trường "
                "Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026."
            ),
            P(
                "Hội thi có 14 giảng viên của 4 khoa tham gia. Mỗi giảng viên trình bày một bài giảng "
                "trong 45 phút trước Ban Giám khảo và học viên lớp Trung cấp lý luận chính trị K75."
            ),
            Img("/sites/default/files/tin-tuc/2026/11/hoi-thi-gvdg.jpg",
                "Một tiết giảng tại Hội thi", "Một tiết giảng tại Hội thi", "em"),
            P(
                "Theo đánh giá của Ban Giám khảo, các bài giảng năm nay được chuẩn bị công phu, nhiều "
                "giảng viên sử dụng tình huống thực tiễn của tỉnh Quảng Ngãi để minh họa; việc ứng dụng "
                "công nghệ thông tin có nhiều tiến bộ."
            ),
            P("Kết quả, Ban Tổ chức trao 02 giải Nhất, 03 giải Nhì, 04 giải Ba và 05 giải Khuyến khích."),
            P(
                "“Hội thi là dịp để giảng viên trẻ học hỏi kinh nghiệm, từng bước nâng cao chất lượng "
                "giảng dạy”, đồng chí Trưởng Ban Giám khảo nhấn mạnh."
            ),
        ],
        authors=["Nguyễn Văn Hải"],
        opts={"form": "vi", "user": "Nguyễn Văn Hải", "time": "08:30", "tags": ["giang-vien", "thi-dua"],
              "comments": "open",
              "byline": '<p style="text-align: right;"><strong>Nguyễn Văn Hải</strong></p>'},
    ),
    Story(
        139,
        "vai-tro-cua-nguoi-dung-dau-trong-phong-chong-tham-nhung-o-co-so",
        "Vai trò của người đứng đầu trong công tác phòng, chống tham nhũng, tiêu cực ở cơ sở",
        "nghien-cuu-trao-doi",
        "2026-11-12T09:45:00+07:00",
        [
            P(
                "Phòng, chống tham nhũng, tiêu cực là nhiệm vụ vừa cấp bách, vừa lâu dài. Bài viết phân "
                "tích vai trò của người đứng đầu cấp ủy, chính quyền cơ sở và đề xuất một số giải pháp "
                "nâng cao trách nhiệm nêu gương.",
                "lead",
            ),
            P("1. Cơ sở lý luận", "h3"),
            P(
                "Chủ tịch Hồ Chí Minh từng căn dặn: “Một tấm gương sống còn có giá trị hơn một trăm bài "
                "diễn văn tuyên truyền”. Người đứng đầu là người chịu trách nhiệm cao nhất, đồng thời là "
                "tấm gương để cán bộ, đảng viên noi theo."
            ),
            P(
                "Quy định số 144-QĐ/TW năm 2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, "
                "đảng viên trong giai đoạn mới tiếp tục khẳng định yêu cầu nêu gương của người đứng đầu."
            ),
            P("2. Thực trạng ở cơ sở", "h3"),
            P(
                "Qua khảo sát tại 24 xã, phường của tỉnh Quảng Ngãi, phần lớn người đứng đầu đã chủ động "
                "chỉ đạo công khai, minh bạch trong quản lý đất đai, tài chính, đầu tư công. Tuy nhiên, "
                "vẫn còn tình trạng khoán trắng cho cấp phó, chậm xử lý đơn thư phản ánh."
            ),
            P("3. Giải pháp", "h3"),
            P("Cụ thể hóa trách nhiệm của người đứng đầu bằng quy chế làm việc.", "li"),
            P("Tăng cường kiểm tra, giám sát và lấy phiếu tín nhiệm định kỳ.", "li"),
            P("Phát huy vai trò giám sát của Mặt trận Tổ quốc và nhân dân.", "li"),
            P(
                "Nâng cao trách nhiệm của người đứng đầu là khâu then chốt để công tác phòng, chống tham "
                "nhũng, tiêu cực ở cơ sở đi vào thực chất."
            ),
        ],
        authors=["Đỗ Thị Thanh Hương"],
        summary=(
            "Phòng, chống tham nhũng, tiêu cực là nhiệm vụ vừa cấp bách, vừa lâu dài. Bài viết phân "
            "tích vai trò của người đứng đầu cấp ủy, chính quyền cơ sở và đề xuất một số giải pháp "
            "nâng cao trách nhiệm nêu gương."
        ),
        opts={"form": "vi", "user": "admin", "time": "09:45", "tags": ["nghien-cuu-khoa-hoc"],
              "comments": "closed",
              "byline": '<p style="text-align: right;"><strong>ThS. Đỗ Thị Thanh Hương</strong><br>'
                        "<em>Khoa Nhà nước và pháp luật</em></p>"},
    ),
    Story(
        136,
        "ung-dung-chuyen-doi-so-trong-giang-day-ly-luan-chinh-tri",
        "Ứng dụng chuyển đổi số trong giảng dạy lý luận chính trị tại trường chính trị cấp tỉnh",
        "nghien-cuu-trao-doi",
        "2026-11-10T08:00:00+07:00",
        [
            P(
                "Chuyển đổi số đang đặt ra yêu cầu mới đối với hoạt động giảng dạy lý luận chính trị. "
                "Không chỉ là việc đưa bài giảng lên môi trường mạng, chuyển đổi số đòi hỏi thay đổi cách "
                "thiết kế bài giảng, cách tổ chức lớp học và cách đánh giá học viên."
            ),
            P("Những kết quả bước đầu", "h3"),
            P(
                "Từ năm 2024, nhà trường triển khai hệ thống quản lý học tập trực tuyến; đến nay có 46 "
                "chuyên đề được số hóa, 100% giảng viên sử dụng bài giảng điện tử."
            ),
            Img("/sites/default/files/nghien-cuu/2026/11/lop-hoc-truc-tuyen.jpg",
                "Lớp học kết hợp trực tiếp và trực tuyến tại Trường Chính trị tỉnh",
                "Lớp học kết hợp trực tiếp và trực tuyến tại Trường Chính trị tỉnh", "cap"),
            P("Một số đề xuất", "h3"),
            P(
                "Thứ nhất, xây dựng kho học liệu số dùng chung, có cơ chế cập nhật tình hình thực tiễn "
                "của địa phương.",
                "br",
            ),
            P("Thứ hai, bồi dưỡng kỹ năng số cho đội ngũ giảng viên theo lộ trình.", "br"),
            P("Thứ ba, đổi mới kiểm tra, đánh giá theo hướng trực tuyến, chống gian lận."),
            P(
                "Chuyển đổi số là con đường tất yếu để nâng cao chất lượng đào tạo, bồi dưỡng cán bộ ở "
                "trường chính trị cấp tỉnh trong thời gian tới."
            ),
        ],
        authors=["Nguyễn Văn Hải"],
        opts={"form": "us", "user": "admin", "time": "08:00", "field_date": True,
              "tags": ["chuyen-doi-so", "nghien-cuu-khoa-hoc"], "comments": "closed",
              "byline": '<p style="text-align: right;"><strong>ThS. Nguyễn Văn Hải - Khoa Lý luận cơ sở'
                        "</strong></p>"},
    ),
    Story(
        133,
        "doan-cong-tac-ban-tuyen-giao-trung-uong-lam-viec-voi-truong",
        "Đoàn công tác Ban Tuyên giáo và Dân vận Trung ương làm việc với Trường Chính trị tỉnh",
        "tin-tuc-su-kien",
        "2026-11-05T08:30:00+07:00",
        [
            P(
                "Sáng 05/11/2026, Đoàn công tác Ban Tuyên giáo và Dân vận Trung ương do đồng chí Phó Vụ "
                "trưởng Vụ Lý luận chính trị làm trưởng đoàn đã đến làm việc với Trường Chính trị tỉnh "
                "Quảng Ngãi về việc thực hiện chuẩn trường chính trị."
            ),
            P(
                "Báo cáo với đoàn, lãnh đạo nhà trường cho biết trường hiện có 58 cán bộ, viên chức, trong "
                "đó 41 giảng viên; 100% giảng viên có trình độ cao cấp lý luận chính trị và thạc sĩ trở lên."
            ),
            Img("/sites/default/files/tin-tuc/2026/11/doan-cong-tac-tw.jpg",
                "Đoàn công tác làm việc với lãnh đạo nhà trường",
                "Đoàn công tác làm việc với lãnh đạo nhà trường", "cap"),
            P(
                "Đoàn ghi nhận những kết quả nhà trường đạt được, đồng thời đề nghị tiếp tục hoàn thiện "
                "cơ sở vật chất, thư viện điện tử và tăng cường đi thực tế của giảng viên."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Quảng Ngãi</em></p>'),
        ],
        source="Báo Quảng Ngãi",
        opts={"form": "us", "user": "admin", "time": "08:30", "field_date": True,
              "tags": ["hoi-nghi"], "comments": "open"},
    ),
    Story(
        131,
        "chi-doan-truong-ra-quan-tinh-nguyen-mua-dong-2026",
        "Chi đoàn Trường ra quân tình nguyện “Mùa đông ấm” năm 2026",
        "tin-tuc-su-kien",
        "2026-11-02T15:20:00+07:00",
        [
            P(
                "Ngày 01/11/2026, Chi đoàn Trường Chính trị tỉnh phối hợp với Huyện đoàn Ba Tơ tổ chức "
                "chương trình tình nguyện “Mùa đông ấm” tại xã Ba Vì."
            ),
            P(
                "Đoàn viên đã trao 120 phần quà gồm áo ấm, chăn, sách vở cho học sinh Trường PTDTBT "
                "Tiểu học và THCS Ba Vì, tổng trị giá hơn 45 triệu đồng do cán bộ, giảng viên và học viên "
                "đóng góp."
            ),
            Img("/sites/default/files/tin-tuc/2026/11/mua-dong-am-1.jpg",
                "Trao quà cho học sinh xã Ba Vì", "Trao quà cho học sinh xã Ba Vì", "cap"),
            Img("/sites/default/files/tin-tuc/2026/11/mua-dong-am-2.jpg", None, None, "none"),
            P(
                "Dịp này, Chi đoàn còn tổ chức sinh hoạt tập thể, hướng dẫn kỹ năng phòng chống đuối nước "
                "và tặng tủ sách cho thư viện nhà trường."
            ),
            Raw("<p><em>Tin, ảnh: Chi đoàn Trường</em></p>"),
        ],
        authors=["Chi đoàn Trường"],
        photographers=["Chi đoàn Trường"],
        opts={"form": "vi", "user": "admin", "time": "15:20", "tags": ["doan-thanh-nien"],
              "comments": "open"},
    ),
    Story(
        127,
        "phat-huy-vai-tro-cua-mat-tran-trong-giam-sat-phan-bien-xa-hoi",
        "Phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội ở Quảng Ngãi",
        "nghien-cuu-trao-doi",
        "2026-10-27T10:10:00+07:00",
        [
            P(
                "Giám sát và phản biện xã hội là hai chức năng quan trọng của Mặt trận Tổ quốc Việt Nam "
                "được Hiến pháp năm 2013 ghi nhận. Những năm qua, Mặt trận Tổ quốc các cấp tỉnh Quảng Ngãi "
                "đã chủ trì nhiều cuộc giám sát chuyên đề."
            ),
            P(
                "Giai đoạn 2021-2026, Ủy ban MTTQ Việt Nam tỉnh chủ trì 38 cuộc giám sát, tổ chức 17 hội "
                "nghị phản biện đối với dự thảo nghị quyết của HĐND tỉnh; nhiều kiến nghị được tiếp thu."
            ),
            P(
                "Tuy vậy, hoạt động phản biện ở cấp huyện, cấp xã còn hình thức, thiếu chuyên gia; việc "
                "theo dõi kết quả xử lý kiến nghị sau giám sát chưa thường xuyên."
            ),
            P(
                "Để nâng cao hiệu quả, cần kiện toàn đội ngũ cộng tác viên, chuyên gia; công khai kết quả "
                "giám sát và xác định rõ trách nhiệm trả lời kiến nghị của cơ quan được giám sát."
            ),
        ],
        authors=["Huỳnh Ngọc Ánh"],
        opts={"form": "us", "user": "admin", "time": "10:10", "tags": ["nghien-cuu-khoa-hoc"],
              "comments": "closed",
              "byline": '<p style="text-align: right;"><strong>TS. Huỳnh Ngọc Ánh</strong></p>'},
    ),
    Story(
        125,
        "boi-duong-nghiep-vu-cong-tac-kiem-tra-dang-nam-2026",
        "Bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát của Đảng cho cán bộ cơ sở",
        "dao-tao-boi-duong",
        "2026-10-21T07:45:00+07:00",
        [
            P(
                "Từ ngày 19 đến 21/10/2026, Trường Chính trị tỉnh phối hợp với Ủy ban Kiểm tra Tỉnh ủy mở "
                "lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát cho 95 học viên là ủy viên ủy ban "
                "kiểm tra đảng ủy xã, phường, thị trấn."
            ),
            P(
                "Học viên được truyền đạt các chuyên đề: quy trình kiểm tra đảng viên khi có dấu hiệu vi "
                "phạm; giám sát chuyên đề; giải quyết tố cáo và kỷ luật trong Đảng."
            ),
            Img("/sites/default/files/dao-tao/2026/10/lop-kiem-tra-dang.jpg",
                "Học viên thảo luận tình huống tại lớp học",
                "Học viên thảo luận tình huống tại lớp học", "cap"),
            P(
                "Kết thúc lớp học, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận hoàn thành "
                "chương trình bồi dưỡng."
            ),
        ],
        authors=["Phòng Đào tạo"],
        opts={"form": "vi", "user": "Phòng Đào tạo", "time": "07:45", "field_date": True,
              "tags": ["dao-tao", "cong-tac-dang"], "comments": "closed"},
    ),
    Story(
        121,
        "khai-giang-lop-cao-cap-ly-luan-chinh-tri-khoa-2026-2028",
        "Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028",
        "dao-tao-boi-duong",
        "2026-10-09T08:00:00+07:00",
        [
            P(
                "Sáng 09/10/2026, tại Trường Chính trị tỉnh Quảng Ngãi, Học viện Chính trị khu vực III "
                "phối hợp với nhà trường khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa "
                "2026 - 2028.",
                "lead",
            ),
            P(
                "Lớp học có 104 học viên là cán bộ lãnh đạo, quản lý các sở, ban, ngành, huyện, thị xã, "
                "thành phố trong tỉnh. Thời gian học tập là 24 tháng, học theo đợt mỗi tháng một tuần."
            ),
            P(
                "Phát biểu khai giảng, lãnh đạo Học viện yêu cầu học viên chấp hành nghiêm quy chế, "
                "phát huy tinh thần tự học và gắn kiến thức lý luận với thực tiễn công tác."
            ),
            P("Lịch học đợt 1", "h3"),
            P("Thời gian | Nội dung | Giảng viên", "tr"),
            P("09/10 - 11/10 | Triết học Mác - Lênin | Học viện CTKV III", "tr"),
            P("12/10 - 15/10 | Kinh tế chính trị Mác - Lênin | Học viện CTKV III", "tr"),
        ],
        summary=(
            "Sáng 09/10/2026, tại Trường Chính trị tỉnh Quảng Ngãi, Học viện Chính trị khu vực III "
            "phối hợp với nhà trường khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa "
            "2026 - 2028."
        ),
        opts={"form": "us", "user": "admin", "time": "08:00", "tags": ["dao-tao", "ly-luan-chinh-tri"],
              "comments": "closed"},
    ),
    Story(
        118,
        "mot-so-van-de-ve-xay-dung-van-hoa-cong-vu-hien-nay",
        "Một số vấn đề về xây dựng văn hóa công vụ trong giai đoạn hiện nay",
        "nghien-cuu-trao-doi",
        "2026-09-25T14:00:00+07:00",
        [
            P(
                "Văn hóa công vụ là hệ thống các giá trị, chuẩn mực, thái độ và hành vi của cán bộ, công "
                "chức trong thực thi công vụ. Xây dựng văn hóa công vụ là yêu cầu quan trọng của cải cách "
                "hành chính."
            ),
            P("Nhận diện một số biểu hiện", "h3"),
            P("Tác phong làm việc chưa chuyên nghiệp, thiếu đúng giờ.", "li"),
            P("Thái độ hách dịch, gây phiền hà khi tiếp công dân.", "li"),
            P("Né tránh, đùn đẩy trách nhiệm, sợ sai không dám làm.", "li"),
            P(
                "Nguyên nhân của tình trạng trên có cả yếu tố khách quan lẫn chủ quan, trong đó quan trọng "
                "nhất là ý thức tự rèn luyện của một bộ phận cán bộ, công chức chưa cao; cơ chế kiểm tra, "
                "đánh giá chưa gắn với kết quả công việc."
            ),
            P(
                "Cần đẩy mạnh giáo dục đạo đức công vụ, thực hiện nghiêm quy tắc ứng xử, đồng thời có cơ "
                "chế khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm vì lợi ích chung."
            ),
        ],
        authors=["Phạm Minh Tuấn"],
        opts={"form": "vi", "user": "admin", "time": "14:00", "tags": [], "comments": "closed",
              "byline": '<p style="text-align: right;"><strong>TS. Phạm Minh Tuấn</strong>, '
                        "Phó Hiệu trưởng</p>"},
    ),
    Story(
        112,
        "truong-chinh-tri-tinh-khai-giang-nam-hoc-2026-2027",
        "Trường Chính trị tỉnh Quảng Ngãi khai giảng năm học 2026 - 2027",
        "tin-tuc-su-kien",
        "2026-09-10T09:00:00+07:00",
        [
            P(
                "Sáng 10/9/2026, Trường Chính trị tỉnh Quảng Ngãi long trọng tổ chức Lễ khai giảng năm "
                "học 2026 - 2027 cho hơn 600 học viên các lớp tập trung và không tập trung."
            ),
            P(
                "Năm học 2026 - 2027, nhà trường dự kiến mở 24 lớp trung cấp lý luận chính trị - hành "
                "chính, 38 lớp bồi dưỡng các đối tượng và phối hợp mở 02 lớp cao cấp lý luận chính trị."
            ),
            Img("/sites/default/files/tin-tuc/2026/09/khai-giang-2026.jpg",
                "Đánh trống khai giảng năm học mới", "Đánh trống khai giảng năm học mới", "cap"),
            P("Nhiệm vụ trọng tâm năm học", "h3"),
            P("Đổi mới nội dung, chương trình theo Quy định 11-QĐ/TW.", "li"),
            P("Nâng cao chất lượng đội ngũ giảng viên; đẩy mạnh đi thực tế.", "li"),
            P("Hoàn thiện tiêu chí trường chính trị chuẩn mức 1.", "li"),
            P(
                "Dịp này, nhà trường khen thưởng 32 học viên có thành tích xuất sắc trong năm học "
                "2025 - 2026."
            ),
            Raw("<p><strong>Tin: Võ Thị Hồng Nhung; Ảnh: Phạm Quốc Bảo</strong></p>"),
        ],
        authors=["Võ Thị Hồng Nhung"],
        photographers=["Phạm Quốc Bảo"],
        opts={"form": "us", "user": "admin", "time": "09:00", "field_date": True, "tags": [],
              "comments": "open"},
    ),
]

STORIES.sort(key=lambda s: s.published_at or "", reverse=True)
BY_SLUG = {s.slug: s for s in STORIES}
BY_NID = {s.id: s for s in STORIES}

GOLD = []
for _s in STORIES:
    _alts = [f"/node/{_s.id}", f"/print/{_s.id}"]
    if _s.opts.get("comments") == "open":
        _alts.append(f"/comment/reply/{_s.id}")
    GOLD.append(gold_record(_s, f"/tin-tuc/{_s.slug}", CATEGORIES[_s.cat], alt_paths=_alts))

ALBUM_SLUG = "hoi-dien-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11"
NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/user/login",
    "/tags/dao-tao",
    "/search/node/dao%20tao",
    f"/album-anh/{ALBUM_SLUG}",
]

# --- dates ------------------------------------------------------------------------------------

VI_WEEKDAY = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def when(story: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(story.published_at[:19])


def submitted_text(story: Story) -> str:
    """The line as the node template prints it (without the user markup)."""
    d = when(story)
    if story.opts["form"] == "us":
        return f"{d.strftime('%a')}, {d.strftime('%m/%d/%Y - %H:%M')}"
    return f"{VI_WEEKDAY[d.weekday()]}, {d.strftime('%d/%m/%Y - %H:%M')}"


def submitted_html(story: Story) -> str:
    user = story.opts["user"]
    uid = 1 if user == "admin" else 3 + sum(map(ord, user)) % 40
    name = f'<a href="/user/{uid}" title="Xem hồ sơ người dùng." class="username">{esc(user)}</a>'
    if story.opts["form"] == "us":
        return f"Submitted by {name} on {submitted_text(story)}"
    return f"Gửi bởi {name} vào {submitted_text(story)}"


def list_date(story: Story) -> str:
    return when(story).strftime("%d/%m/%Y")


# --- body -------------------------------------------------------------------------------------


def render_img(img: Img) -> str:
    if img.style == "cap":
        return (
            f'<p style="text-align: center;"><img alt="" class="caption" src="{esc(img.src)}" '
            f'title="{esc(img.printed or "")}" style="width: 600px; height: 400px;" /><br />'
            f'<span class="caption">{esc(img.printed or "")}</span></p>'
        )
    out = (
        f'<p style="text-align: center;"><img alt="" src="{esc(img.src)}" '
        'style="width: 600px; height: 400px;" /></p>'
    )
    if img.style == "em" and img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(render_img(b))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif b.style == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                tag = "th" if first else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="1" cellspacing="1" style="width: 100%;">\n'
                f"<thead>{rows[0]}</thead>\n<tbody>\n" + "\n".join(rows[1:]) + "\n</tbody>\n</table>"
            )
            continue
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(esc(blocks[i].text))
                i += 1
            if i < len(blocks) and isinstance(blocks[i], P) and not blocks[i].style:
                lines.append(esc(blocks[i].text))
                i += 1
            out.append("<p>" + "<br />\n".join(lines) + "</p>")
            continue
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    if story.opts.get("byline"):
        out.append(story.opts["byline"])
    return "\n".join(out)


def teaser(story: Story, words: int = 32) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P) and b.style != "h3")
    parts = first.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def thumb(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img)), None)
    if img is None:
        return f"{THEME}/images/no-image.png"
    return img.src.replace("/sites/default/files/", "/sites/default/files/styles/thumbnail/public/")


# --- chrome -----------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", []),
    ("/tin-tuc", "Tin tức", [("/taxonomy/term/1", "Tin tức - Sự kiện")]),
    ("/taxonomy/term/2", "Đào tạo - Bồi dưỡng", []),
    ("/taxonomy/term/3", "Nghiên cứu - Trao đổi", []),
    ("/album-anh", "Album ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def menu_html() -> str:
    items = []
    for n, (href, label, sub) in enumerate(MENU, 1):
        inner = ""
        if sub:
            inner = '<ul class="sf-hidden">' + "".join(
                f'<li class="sf-depth-2"><a href="{h}" class="sf-depth-2">{esc(t)}</a></li>' for h, t in sub
            ) + "</ul>"
        items.append(
            f'<li id="menu-{200 + n}-1" class="sf-depth-1{" menuparent" if sub else ""}">'
            f'<a href="{href}" class="sf-depth-1">{esc(label)}</a>{inner}</li>'
        )
    return (
        '<ul id="superfish-1" class="menu sf-menu sf-main-menu sf-horizontal sf-style-default">'
        + "".join(items)
        + "</ul>"
    )


def sidebar() -> str:
    newest = "".join(
        f'<li><a href="/tin-tuc/{s.slug}">{esc(s.title)}</a></li>' for s in STORIES[:5]
    )
    return f"""<aside id="sidebar-first" class="sidebar">
<div id="block-views-bai-viet-moi-block" class="block block-views">
<h2>Bài viết mới</h2>
<div class="content"><div class="view view-bai-viet-moi"><div class="item-list"><ul>{newest}</ul></div></div></div>
</div>
<div id="block-block-3" class="block block-block">
<h2>Liên kết website</h2>
<div class="content"><ul>
<li><a href="http://www.quangngai.gov.vn" target="_blank">Cổng thông tin điện tử tỉnh Quảng Ngãi</a></li>
<li><a href="http://www.hcma.vn" target="_blank">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>
<li><a href="http://www.tapchicongsan.org.vn" target="_blank">Tạp chí Cộng sản</a></li>
<li><a href="http://baoquangngai.vn" target="_blank">Báo Quảng Ngãi</a></li>
</ul></div>
</div>
<div id="block-poll-recent" class="block block-poll">
<h2>Thăm dò ý kiến</h2>
<div class="content"><form action="/" method="post" id="poll-view-voting" accept-charset="UTF-8">
<div class="poll"><div class="vote-form"><div class="choices">
<strong>Bạn đánh giá thế nào về giao diện website mới?</strong>
<div class="form-item form-type-radios"><div class="form-radios">
<div class="form-item form-type-radio"><input type="radio" name="choice" value="1" class="form-radio" /> <label class="option">Đẹp, dễ sử dụng</label></div>
<div class="form-item form-type-radio"><input type="radio" name="choice" value="2" class="form-radio" /> <label class="option">Bình thường</label></div>
<div class="form-item form-type-radio"><input type="radio" name="choice" value="3" class="form-radio" /> <label class="option">Cần cải tiến</label></div>
</div></div></div><input type="submit" name="op" value="Vote" class="form-submit" /></div></div>
<input type="hidden" name="form_id" value="poll_view_voting" />
</form><ul class="links"><li class="first last"><a href="/poll">Older polls</a></li></ul></div>
</div>
<div id="block-block-5" class="block block-block">
<h2>Thống kê truy cập</h2>
<div class="content"><ul class="thong-ke">
<li>Đang online: 3</li>
<li>Hôm nay: 102</li>
<li>Tổng: 45.987</li>
</ul></div>
</div>
</aside>"""


def layout(title: str, content: str, *, head: str = "", breadcrumb: list[tuple[str, str]] | None = None,
           body_class: str = "") -> Response:
    crumbs = ""
    if breadcrumb is not None:
        parts = ['<a href="/">Trang chủ</a>'] + [
            f'<a href="{h}">{esc(t)}</a>' if h else esc(t) for h, t in breadcrumb
        ]
        crumbs = (
            '<div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2>'
            f'<div class="breadcrumb">{" » ".join(parts)}</div></div>'
        )
    page_title = f"{title} | {SITE}" if title else SITE
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head}
<title>{esc(page_title)}</title>
<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all" />
<link type="text/css" rel="stylesheet" href="{THEME}/style.css?t4m2x1" media="all" />
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/sites/all/libraries/superfish/superfish.js?t4m2x1"></script>
</head>
<body class="html not-logged-in one-sidebar sidebar-first {body_class}">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="header"><div class="container">
<div id="logo"><a href="/" title="Trang chủ" rel="home"><img src="/sites/default/files/logo-truong-chinh-tri.png" alt="Trang chủ" /></a></div>
<div id="site-name"><a href="/" rel="home">{esc(SITE)}</a></div>
<div id="site-slogan">Đào tạo, bồi dưỡng cán bộ - Nghiên cứu khoa học</div>
<div id="header-date">{HEADER_TODAY}</div>
<div id="search-block"><form action="/search/node" method="post" id="search-block-form" accept-charset="UTF-8">
<input title="Enter the terms you wish to search for." type="text" name="search_block_form" size="15" maxlength="128" class="form-text" />
<input type="submit" name="op" value="Tìm kiếm" class="form-submit" /></form></div>
</div></div>
<div id="main-navigation"><div class="container"><div id="block-superfish-1" class="block block-superfish">{menu_html()}</div></div></div>
<div id="content"><div class="container">
{crumbs}
<div id="main"><a id="main-content"></a>
{content}
</div>
{sidebar()}
</div></div>
<div id="footer"><div class="container">
<div id="block-block-1" class="block block-block"><div class="content">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</strong><br />
Địa chỉ: 26 Lê Trung Đình, phường Nghĩa Chánh, thành phố Quảng Ngãi, tỉnh Quảng Ngãi<br />
Điện thoại: 0255.3822.358 - Fax: 0255.3824.612 - Email: truongchinhtri@quangngai.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Kim Loan</p>
<ul class="menu"><li class="first"><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/lien-he">Liên hệ</a></li><li class="last"><a href="/user/login">Đăng nhập</a></li></ul>
</div></div>
<div class="credits">Powered by <a href="http://www.drupal.org">Drupal</a> - Ported by <a href="http://www.morethanthemes.com">More than (just) Themes</a></div>
</div></div>
</body>
</html>"""
    return html(page)


def pager(base: str, page: int, pages: int, english: bool) -> str:
    if pages <= 1:
        return ""
    if english:
        labels = ("« first", "‹ previous", "next ›", "last »")
        titles = ("Go to first page", "Go to previous page", "Go to next page", "Go to last page")
        item_title = "Go to page {}"
        heading = "Pages"
    else:
        labels = ("« đầu", "‹ trước", "sau ›", "cuối »")
        titles = ("Đến trang đầu", "Đến trang trước", "Đến trang sau", "Đến trang cuối")
        item_title = "Đến trang {}"
        heading = "Trang"

    def href(n: int) -> str:
        return base if n == 0 else f"{base}?page={n}"

    li = []
    if page > 0:
        li.append(f'<li class="pager-first first"><a title="{titles[0]}" href="{href(0)}">{labels[0]}</a></li>')
        li.append(f'<li class="pager-previous"><a title="{titles[1]}" href="{href(page - 1)}">{labels[1]}</a></li>')
    for n in range(pages):
        if n == page:
            li.append(f'<li class="pager-current">{n + 1}</li>')
        else:
            li.append(
                f'<li class="pager-item"><a title="{item_title.format(n + 1)}" href="{href(n)}">{n + 1}</a></li>'
            )
    if page < pages - 1:
        li.append(f'<li class="pager-next"><a title="{titles[2]}" href="{href(page + 1)}">{labels[2]}</a></li>')
        li.append(f'<li class="pager-last last"><a title="{titles[3]}" href="{href(pages - 1)}">{labels[3]}</a></li>')
    return (
        f'<h2 class="element-invisible">{heading}</h2><div class="item-list"><ul class="pager">'
        + "".join(li)
        + "</ul></div>"
    )


def rows_html(stories: list[Story]) -> str:
    rows = []
    for n, s in enumerate(stories, 1):
        parity = "odd" if n % 2 else "even"
        rows.append(
            f'<div class="views-row views-row-{n} views-row-{parity}">'
            f'<div class="views-field views-field-field-image"><div class="field-content">'
            f'<a href="/tin-tuc/{s.slug}"><img src="{thumb(s)}" width="100" height="75" alt="" /></a></div></div>'
            f'<div class="views-field views-field-title"><span class="field-content">'
            f'<a href="/tin-tuc/{s.slug}">{esc(s.title)}</a></span></div>'
            f'<div class="views-field views-field-created"><span class="field-content">{list_date(s)}</span></div>'
            f'<div class="views-field views-field-body"><div class="field-content">{esc(teaser(s))}</div></div>'
            "</div>"
        )
    return "\n".join(rows)


def listing(request: Request, base: str, title: str, stories: list[Story], per_page: int,
            view: str, crumbs: list[tuple[str, str]], english: bool = False) -> Response | None:
    raw = request.params.get("page", "0")
    if not raw.isdigit():
        return None
    page = int(raw)
    pages = max(1, -(-len(stories) // per_page))
    if page >= pages:
        return None
    chunk = stories[page * per_page : (page + 1) * per_page]
    content = (
        f'<h1 class="title" id="page-title">{esc(title)}</h1>\n'
        f'<div class="view view-{view} view-id-{view.replace("-", "_")} view-display-id-page">'
        f'<div class="view-content">\n{rows_html(chunk)}\n</div>'
        f"{pager(base, page, pages, english)}</div>"
    )
    return layout(title, content, breadcrumb=crumbs)


def tags_html(story: Story) -> str:
    tags = story.opts.get("tags") or []
    if not tags:
        return ""
    items = "".join(
        f'<li class="field-item {"even" if n % 2 == 0 else "odd"}"><a href="/tags/{t}">{esc(TAGS[t])}</a></li>'
        for n, t in enumerate(tags)
    )
    return (
        '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix">'
        f'<div class="field-label">Tags:&nbsp;</div><ul class="field-items">{items}</ul></div>'
    )


def node_links(story: Story) -> str:
    li = [
        f'<li class="print_html first"><a href="/print/{story.id}" title="Display a printer-friendly '
        f'version of this page." class="print-page" rel="nofollow">Printer-friendly version</a></li>'
    ]
    if story.opts.get("comments") == "open":
        li.append(
            f'<li class="comment-add last"><a href="/comment/reply/{story.id}#comment-form" '
            'title="Share your thoughts and opinions related to this posting.">Add new comment</a></li>'
        )
    else:
        dest = f"node/{story.id}%23comment-form"
        li.append(
            f'<li class="comment_forbidden last"><span><a href="/user/login?destination={dest}">Log in</a> '
            f'or <a href="/user/register?destination={dest}">register</a> to post comments</span></li>'
        )
    return '<ul class="links inline">' + "".join(li) + "</ul>"


def node_html(story: Story, *, links: bool = True) -> str:
    ntype = "article" if story.opts["form"] == "us" else "tin-bai"
    field_date = ""
    if story.opts.get("field_date"):
        d = when(story)
        field_date = (
            '<div class="field field-name-field-ngay-dang field-type-datetime field-label-inline clearfix">'
            '<div class="field-label">Ngày đăng tin:&nbsp;</div><div class="field-items">'
            f'<div class="field-item even"><span class="date-display-single">{d.strftime("%d/%m/%Y - %H:%M")}'
            "</span></div></div></div>"
        )
    return f"""<div id="node-{story.id}" class="node node-{ntype} node-promoted clearfix">
<div class="meta submitted">{submitted_html(story)}</div>
<div class="content clearfix">
{field_date}
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">
{render_body(story)}
</div></div></div>
{tags_html(story)}
</div>
{node_links(story) if links else ""}
</div>"""


def related(story: Story) -> str:
    same = [s for s in STORIES if s.cat == story.cat and s is not story][:2]
    items = "".join(
        f'<li><a href="/tin-tuc/{s.slug}">{esc(s.title)}</a> <span class="date">({list_date(s)})</span></li>'
        for s in same
    )
    return (
        '<div id="block-views-bai-cung-chuyen-muc-block" class="block block-views">'
        f'<h2>Bài cùng chuyên mục</h2><div class="content"><div class="item-list"><ul>{items}</ul></div></div></div>'
    )


def node_page(request: Request, story: Story, *, canonical: bool = True, comment_form: bool = False) -> Response:
    head = ""
    if canonical:
        head = (
            f'<link rel="canonical" href="/tin-tuc/{story.slug}" />\n'
            f'<link rel="shortlink" href="/node/{story.id}" />'
        )
    form = ""
    if comment_form:
        form = f"""<div id="comments" class="comment-wrapper"><h2 class="title comment-form">Add new comment</h2>
<form class="comment-form" action="/comment/reply/{story.id}" method="post" id="comment-form" accept-charset="UTF-8">
<div class="form-item form-type-textfield form-item-name"><label for="edit-name">Your name </label>
<input type="text" id="edit-name" name="name" value="Anonymous" size="30" maxlength="60" class="form-text" /></div>
<div class="form-item form-type-textfield form-item-subject"><label for="edit-subject">Subject </label>
<input type="text" id="edit-subject" name="subject" size="60" maxlength="64" class="form-text" /></div>
<div class="form-item form-type-textarea form-item-comment-body-und-0-value"><label>Comment <span class="form-required">*</span></label>
<textarea class="text-full form-textarea required" name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div>
<input type="hidden" name="form_id" value="comment_node_{"article" if story.opts["form"] == "us" else "tin_bai"}_form" />
<div class="form-actions"><input type="submit" id="edit-submit" name="op" value="Save" class="form-submit" />
<input type="submit" id="edit-preview" name="op" value="Preview" class="form-submit" /></div></form></div>"""
    tid = TIDS[story.cat]
    content = (
        f'<h1 class="title" id="page-title">{esc(story.title)}</h1>\n'
        '<div class="tabs"></div>\n'
        f"{node_html(story)}\n{form}\n{related(story)}"
    )
    return layout(
        story.title,
        content,
        head=head,
        breadcrumb=[(f"/taxonomy/term/{tid}", CATEGORIES[story.cat])],
        body_class=f"page-node page-node-{story.id} node-type-{'article' if story.opts['form'] == 'us' else 'tin-bai'}",
    )


def print_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    url = f"{base}/tin-tuc/{story.slug}"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)} | {esc(SITE)}</title>
<meta name="robots" content="noindex, nofollow" />
<link type="text/css" rel="stylesheet" href="/sites/all/modules/print/css/print.css" />
</head>
<body>
<div class="print-logo"><img class="print-logo" src="/sites/default/files/logo-truong-chinh-tri.png" alt="" id="logo" /></div>
<div class="print-site_name">Published on <em>{esc(SITE)}</em> (<a href="{base}">{base}</a>)</div>
<p />
<div class="print-breadcrumb"><a href="{base}/">Trang chủ</a> &gt; <a href="{base}/taxonomy/term/{TIDS[story.cat]}">{esc(CATEGORIES[story.cat])}</a> &gt; {esc(story.title)}</div>
<hr class="print-hr" />
<h1 class="print-title">{esc(story.title)}</h1>
<div class="print-content">{node_html(story, links=False)}</div>
<div class="print-footer">Trường Chính trị tỉnh Quảng Ngãi - 26 Lê Trung Đình, TP Quảng Ngãi</div>
<hr class="print-hr" />
<div class="print-source_url"><strong>Source URL:</strong> <a href="{url}">{url}</a></div>
</body>
</html>"""
    return html(page)


# --- other pages --------------------------------------------------------------------------------


def front(request: Request) -> Response:
    if request.query:
        return None
    latest = STORIES[:6]
    lead, rest = latest[0], latest[1:]
    blocks = []
    for key, name in CATEGORIES.items():
        items = "".join(
            f'<li><a href="/tin-tuc/{s.slug}">{esc(s.title)}</a></li>'
            for s in [s for s in STORIES if s.cat == key][:3]
        )
        blocks.append(
            f'<div class="block block-views front-cat"><h2><a href="/taxonomy/term/{TIDS[key]}">{esc(name)}</a></h2>'
            f'<div class="content"><ul>{items}</ul></div>'
            f'<div class="more-link"><a href="/taxonomy/term/{TIDS[key]}">Xem thêm</a></div></div>'
        )
    others = "".join(
        f'<li><a href="/tin-tuc/{s.slug}">{esc(s.title)}</a> <span class="date">{list_date(s)}</span></li>'
        for s in rest
    )
    content = f"""<div id="block-views-tin-moi-block" class="block block-views">
<h2>Tin mới</h2>
<div class="content">
<div class="tin-noi-bat"><a href="/tin-tuc/{lead.slug}"><img src="{thumb(lead)}" width="300" height="200" alt="" /></a>
<h3><a href="/tin-tuc/{lead.slug}">{esc(lead.title)}</a></h3><p>{esc(teaser(lead, 45))}</p></div>
<ul class="tin-khac">{others}</ul>
<div class="more-link"><a href="/tin-tuc">Xem tất cả tin</a></div>
</div></div>
{"".join(blocks)}"""
    return layout("", content, body_class="front")


def basic_page(request: Request) -> Response:
    content = """<h1 class="title" id="page-title">Giới thiệu</h1>
<div id="node-2" class="node node-page clearfix"><div class="content clearfix">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">
<h3>Lịch sử hình thành</h3>
<p>Trường Chính trị tỉnh Quảng Ngãi tiền thân là Trường Đảng tỉnh Quảng Ngãi, được thành lập năm 1949. Trải qua hơn 75 năm xây dựng và trưởng thành, nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ cho tỉnh.</p>
<h3>Chức năng, nhiệm vụ</h3>
<p>Trường là cơ sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; đào tạo trung cấp lý luận chính trị - hành chính; nghiên cứu khoa học về lý luận chính trị và thực tiễn địa phương.</p>
<h3>Cơ cấu tổ chức</h3>
<ul><li>Ban Giám hiệu</li><li>Phòng Tổ chức - Hành chính</li><li>Phòng Đào tạo</li><li>Phòng Quản lý khoa học</li>
<li>Khoa Lý luận cơ sở</li><li>Khoa Xây dựng Đảng</li><li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li></ul>
</div></div></div></div></div>"""
    return layout(
        "Giới thiệu",
        content,
        head='<link rel="canonical" href="/gioi-thieu" />\n<link rel="shortlink" href="/node/2" />',
        breadcrumb=[],
    )


def contact(request: Request) -> Response:
    content = """<h1 class="title" id="page-title">Liên hệ</h1>
<div id="node-5" class="node node-webform clearfix"><div class="content clearfix">
<p>Mọi ý kiến đóng góp xin gửi về Trường Chính trị tỉnh Quảng Ngãi theo mẫu dưới đây.</p>
<form class="webform-client-form" enctype="multipart/form-data" action="/lien-he" method="post" id="webform-client-form-5" accept-charset="UTF-8">
<div class="form-item webform-component webform-component-textfield"><label>Họ và tên <span class="form-required">*</span></label><input type="text" name="submitted[ho_ten]" size="60" class="form-text required" /></div>
<div class="form-item webform-component webform-component-email"><label>Email <span class="form-required">*</span></label><input class="email form-text form-email required" type="email" name="submitted[email]" size="60" /></div>
<div class="form-item webform-component webform-component-textarea"><label>Nội dung <span class="form-required">*</span></label><textarea name="submitted[noi_dung]" cols="60" rows="5" class="form-textarea required"></textarea></div>
<input type="hidden" name="form_id" value="webform_client_form_5" />
<div class="form-actions"><input class="webform-submit button-primary form-submit" type="submit" name="op" value="Gửi" /></div>
</form></div></div>"""
    return layout("Liên hệ", content, breadcrumb=[])


def user_login(request: Request) -> Response:
    dest = request.params.get("destination", "")
    action = "/user/login" + (f"?destination={dest.replace('#', '%23')}" if dest else "")
    content = f"""<h1 class="title" id="page-title">User account</h1>
<div class="tabs"><h2 class="element-invisible">Primary tabs</h2><ul class="tabs primary">
<li class="active"><a href="/user" class="active">Log in<span class="element-invisible">(active tab)</span></a></li>
<li><a href="/user/register">Create new account</a></li><li><a href="/user/password">Request new password</a></li></ul></div>
<form action="{esc(action)}" method="post" id="user-login" accept-charset="UTF-8"><div>
<div class="form-item form-type-textfield form-item-name"><label for="edit-name">Username <span class="form-required">*</span></label>
<input type="text" id="edit-name" name="name" size="60" maxlength="60" class="form-text required" />
<div class="description">Enter your Trường Chính trị tỉnh Quảng Ngãi username.</div></div>
<div class="form-item form-type-password form-item-pass"><label for="edit-pass">Password <span class="form-required">*</span></label>
<input type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" />
<div class="description">Enter the password that accompanies your username.</div></div>
<input type="hidden" name="form_id" value="user_login" />
<div class="form-actions form-wrapper"><input type="submit" id="edit-submit" name="op" value="Log in" class="form-submit" /></div></div></form>"""
    return layout("User account", content)


def user_register(request: Request) -> Response:
    content = """<h1 class="title" id="page-title">User account</h1>
<p>Only site administrators may create new user accounts.</p>"""
    return layout("User account", content, head='<meta name="robots" content="noindex" />')


def search(request: Request, words: str) -> Response:
    needle = words.casefold().strip()
    folded = {"dao tao": "đào tạo"}.get(needle, needle)
    hits = [
        s for s in STORIES
        if folded in (s.title + " " + " ".join(p.casefold() for p in s.paragraphs)).casefold()
    ]
    items = "".join(
        f'<li class="search-result"><h3 class="title"><a href="/tin-tuc/{s.slug}">{esc(s.title)}</a></h3>'
        f'<div class="search-snippet-info"><p class="search-snippet">{esc(teaser(s, 20))}</p>'
        f'<p class="search-info">{esc(s.opts["user"])} - {when(s).strftime("%m/%d/%Y - %H:%M")} - 0 comments</p></div></li>'
        for s in hits
    )
    content = f"""<h1 class="title" id="page-title">Tìm kiếm</h1>
<form action="/search/node" method="post" id="search-form" accept-charset="UTF-8">
<div class="form-item form-type-textfield form-item-keys"><label for="edit-keys">Enter your keywords </label>
<input type="text" id="edit-keys" name="keys" value="{esc(words)}" size="40" maxlength="255" class="form-text" /></div>
<input type="submit" id="edit-submit" name="op" value="Tìm kiếm" class="form-submit" /></form>
<h2>Search results</h2><ol class="search-results node-results">{items}</ol>"""
    return layout("Tìm kiếm", content)


ALBUM_PHOTOS = [f"/sites/default/files/album/2026/11/van-nghe-20-11-{n:02d}.jpg" for n in range(1, 7)]


def album_list(request: Request) -> Response:
    content = f"""<h1 class="title" id="page-title">Album ảnh</h1>
<div class="view view-album-anh"><div class="view-content"><div class="views-row views-row-1">
<a href="/album-anh/{ALBUM_SLUG}"><img src="{ALBUM_PHOTOS[0].replace("/files/", "/files/styles/medium/public/")}" alt="" /></a>
<h3><a href="/album-anh/{ALBUM_SLUG}">Hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11</a></h3></div></div></div>"""
    return layout("Album ảnh", content, breadcrumb=[])


def album(request: Request) -> Response:
    photos = "".join(
        f'<div class="field-item {"even" if n % 2 else "odd"}"><a href="{p}" rel="lightbox[gallery]">'
        f'<img src="{p.replace("/files/", "/files/styles/large/public/")}" alt="" /></a></div>'
        for n, p in enumerate(ALBUM_PHOTOS, 1)
    )
    content = f"""<h1 class="title" id="page-title">Hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11</h1>
<div id="node-140" class="node node-album-anh clearfix">
<div class="meta submitted">Submitted by <a href="/user/1" class="username">admin</a> on Fri, 11/20/2026 - 16:05</div>
<div class="content clearfix">
<div class="field field-name-field-album-images field-type-image field-label-hidden"><div class="field-items">{photos}</div></div>
</div>
<ul class="links inline"><li class="print_html first last"><a href="/print/140" class="print-page" rel="nofollow">Printer-friendly version</a></li></ul>
</div>"""
    return layout(
        "Hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        content,
        head=f'<link rel="canonical" href="/album-anh/{ALBUM_SLUG}" />\n<link rel="shortlink" href="/node/140" />',
        breadcrumb=[("/album-anh", "Album ảnh")],
    )


# --- routing ------------------------------------------------------------------------------------


class Drupal7Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/sites/", "/misc/", "/modules/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return front(request)
        if path == "/tin-tuc":
            return listing(request, "/tin-tuc", "Tin tức", STORIES, NEWS_PER_PAGE, "tin-tuc", [])
        if m := re.fullmatch(r"/taxonomy/term/(\d+)", path):
            tid = int(m.group(1))
            key = next((k for k, v in TIDS.items() if v == tid), None)
            if key is None:
                return None
            return listing(
                request, path, CATEGORIES[key], [s for s in STORIES if s.cat == key], TERM_PER_PAGE,
                "taxonomy-term", [], english=tid in ENGLISH_PAGER_TIDS,
            )
        if m := re.fullmatch(r"/tags/([a-z0-9-]+)", path):
            key = m.group(1)
            if key not in TAGS:
                return None
            tagged = [s for s in STORIES if key in (s.opts.get("tags") or [])]
            return listing(request, path, TAGS[key], tagged, TAG_PER_PAGE, "taxonomy-term", [])
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)", path):
            story = BY_SLUG.get(m.group(1))
            return node_page(request, story) if story else None
        if m := re.fullmatch(r"/node/(\d+)", path):
            nid = int(m.group(1))
            if nid in BY_NID:
                return node_page(request, BY_NID[nid])
            if nid == 2:
                return basic_page(request)
            if nid == 5:
                return contact(request)
            if nid == 140:
                return album(request)
            return None
        if m := re.fullmatch(r"/print/(\d+)", path):
            story = BY_NID.get(int(m.group(1)))
            return print_page(request, story) if story else None
        if m := re.fullmatch(r"/comment/reply/(\d+)", path):
            story = BY_NID.get(int(m.group(1)))
            if story is None or story.opts.get("comments") != "open":
                return html("<h1>Access denied</h1>", status=403) if story else None
            return node_page(request, story, canonical=False, comment_form=True)
        if path == "/gioi-thieu":
            return basic_page(request)
        if path == "/lien-he":
            return contact(request)
        if path in ("/user", "/user/login"):
            return user_login(request)
        if path == "/user/register":
            return user_register(request)
        if path == "/search/node" and request.method == "POST":
            words = request.form.get("keys") or request.form.get("search_block_form") or ""
            return redirect(f"/search/node/{words}", 302)
        if path.startswith("/search/node/"):
            return search(request, unquote(path[len("/search/node/") :]))
        if path == "/album-anh":
            return album_list(request)
        if path == f"/album-anh/{ALBUM_SLUG}":
            return album(request)
        return None


def build_site() -> Drupal7Site:
    return Drupal7Site()
