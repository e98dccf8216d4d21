"""Trường Chính trị tỉnh Bắc Kạn on NukeViet 3.4 (2012-era), default ``news`` module, party-school theme.

Platform
    NukeViet 3.4 with ``rewrite`` on for most of the theme but not for every block: the news
    module prints rewritten links (``/vi/news/<cat>/<alias>-<id>/``), while the global
    "Tin xem nhiều" block (cached before rewriting was switched on) and the site search still
    print the raw ``/index.php?language=vi&amp;nv=news&amp;op=<cat>/<alias>-<id>`` form. Both
    forms answer 200 with the same page. No ``<link rel="canonical">`` (NukeViet 3 prints none).

URL scheme
    ``/`` (and ``/vi/``, ``/vi/news/``)            news main page (viewcat_main: one box per category)
    ``/vi/news/<cat>/``                          category list, 3 items a page
    ``/vi/news/<cat>/page-<N>/``                 next list pages: N is the OFFSET (page-3 = items 4-6)
    ``/vi/news/<cat>/<alias>-<id>/``             article (detail.tpl)
    ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>``  same article, not rewritten
    ``/index.php?language=vi&nv=news&op=<cat>`` / ``op=<cat>/page-<N>``  lists, not rewritten
    ``/vi/news/print/<cat>/<alias>-<id>/``       print view (opened by ``onclick="NewWindow(…)"``)
    ``/vi/about/<alias>/``                       about module pages (``/vi/about/`` lists them)
    ``/vi/contact/``                             contact form
    ``/index.php?language=vi&nv=search&q=…``     search (header form), bounded: one page

Page templates
    Every page: header (logo, today "Thứ bảy, 05/12/2026", a "Tin mới" ticker), a menu with
    drop-downs, breadcrumbs, left column, right column (most read, polls, links select, visitor
    counter), footer. Article: ``div#news_detail`` → ``h1``, ``span.time``, ``div#hometext``
    (floated ``div#imghome`` + the sapo in an ``h2``) or a centred "imgfull" box, ``div.bodytext``,
    a right-aligned author/source ``div``, a tool bar, comments, "Tin mới hơn".

How each gold article is reached
    tin-tuc-su-kien lists 6 items (5 own + 1 filed there as a second category): the home box and
    page 1 show 521, 519 (via the second-category URL, a 301), 518; ``page-3/`` shows 515, 509,
    503. dao-tao-boi-duong: 520, 514, 506 on page 1 and home, 498 only on ``page-3/``.
    nghien-cuu-trao-doi: 517, 501; doan-the: 519, 510 (home boxes and page 1).
    "Tin xem nhiều" links 521, 514, 517, 515 in the raw index.php form.

Traps
    1. The sapo is printed as an ``<h2>`` inside ``div#hometext`` (NukeViet 3's hometext), next to
       a floated ``div#imghome`` whose ``<p><em>`` is the image's note. Gold: summary = the h2's
       text and the body's first paragraph; the home image is images[0] with the note as caption.
       Article 503 has no hometext: summary null, body starts with the bodytext.
    2. The "imgfull" position: the home image in a centred box *between* the sapo and the
       bodytext, note under it in ``<p style="text-align: center;"><em>``. Gold: an image with
       that caption, the note is not body.
    3. Dates as NukeViet 3 prints them: ``<span class="time">Thứ năm, 03/12/2026 14:30 GMT+7</span>``
       (weekday, day-first, and a "GMT+7" tail). Gold: "2026-12-03T14:30:00+07:00"; the header's
       today, the "(04/12/2026)" dates of "Tin mới hơn" and the comment times are not it.
    4. Offset pagination: ``page-3`` is the list starting at the 4th item (3 a page), and the pager
       links the same URL twice ("2" and "Trang sau"). Articles 515, 509, 503, 498 are only on
       page-3 lists (515 also in the raw form in "Tin xem nhiều").
    5. The same post under two URL forms: rewritten in the news module, raw
       ``index.php?language=vi&amp;nv=news&amp;op=…`` in the most-read block. Both 200, no canonical.
       Gold: path = rewritten form; the raw form (and the print view) in alt_paths.
    6. A post filed in two categories (519: main "Hoạt động đoàn thể", also "Tin tức - Sự kiện"):
       the second category's list links it under ``/vi/news/tin-tuc-su-kien/<alias>-519/``, which
       301-redirects to ``/vi/news/doan-the/<alias>-519/``. Gold: category "Hoạt động đoàn thể".
    7. CKEditor image boxes as a two-row table (image row, caption row in ``<em>``): the caption row
       is a caption, not a table-row paragraph.
    8. The author/source footer: a right-aligned ``div`` after the bodytext with
       ``<strong>Tác giả: </strong>ThS. Hoàng Thị Hạnh - Văn phòng Đảng ủy<br/>
       <strong>Nguồn tin: </strong>Báo Bắc Kạn``. Gold: authors = the name without degree and post,
       source = what follows "Nguồn tin:"; "Tác giả: Admin" is nobody.
    9. Comments rendered under the article (``div#showcomment``: name, time, text) look like text:
       not body, not authors.
    10. List titles cut by ``nv_clean60`` with "..." (full title in the link's ``title``
        attribute): the gold title is the detail page's ``h1``.
    11. A body typed with CKEditor's enterMode BR (article 509): one ``div`` with lines separated
        by ``<br />`` / ``<br /><br />``. Gold: each non-empty line is a paragraph.
    12. About pages (``/vi/about/…``) look like articles (h1, text, "Cập nhật" date): they are
        NON_ARTICLES.
    13. A caption line "Ảnh: Nông Văn Tuấn" under a photo only credits (caption None, photographer),
        and "Tin, ảnh: Ma Văn Đức" right-aligned at the end of the bodytext is author and
        photographer, not body.

Gold decisions on ambiguous points
    - path = the rewritten URL with its trailing slash; alt_paths = the raw index.php form and the
      print view. The second-category URL of 519 redirects, so it is not an alt path.
    - The home image (imghome/imgfull) counts as the article's image; list thumbnails
      (``/files/news/thumb/…``) do not.
    - category = the article's main category as the breadcrumb of its main URL prints it.
    - "Tài liệu tham khảo" and its entries (517) are the text's own; "[1]" calls stay in the
      sentence.
"""

from __future__ import annotations

import datetime as _dt
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file

NAME = "nukeviet34_tct"
PLATFORM = "NukeViet 3.4 (news module, rewrite partly on)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Bắc Kạn"
PER_PAGE = 3
HEADER_TODAY = "Thứ bảy, 05/12/2026"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "doan-the": "Hoạt động đoàn thể",
}

UP = "/uploads/news"

STORIES: list[Story] = [
    Story(
        id=521,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-2026-2028-tai-huyen-cho-don",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2026 - 2028 tại huyện Chợ Đồn",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng ngày 03/12/2026, tại Trung tâm Chính trị huyện Chợ Đồn, Trường Chính trị tỉnh Bắc Kạn "
            "tổ chức khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa "
            "2026 - 2028 cho 86 học viên."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{UP}/2026_12/khai-giang-cho-don.jpg", "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học", style="home"),
            P("Dự lễ khai giảng có đồng chí Hoàng Văn Bình, Phó Hiệu trưởng Trường Chính trị tỉnh; "
              "đại diện lãnh đạo Ban Tuyên giáo Huyện ủy Chợ Đồn và các khoa, phòng của Trường."),
            P("Học viên của lớp là cán bộ, công chức các xã, thị trấn và các cơ quan, đơn vị trên địa bàn "
              "huyện. Trong thời gian 18 tháng, học viên sẽ được học tập 4 phần học với 21 học phần theo "
              "chương trình của Học viện Chính trị quốc gia Hồ Chí Minh."),
            P("Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên nghiêm túc chấp hành quy chế, "
              "nội quy của lớp học, tích cực nghiên cứu, liên hệ với thực tiễn công tác tại cơ sở."),
        ],
        authors=["Lê Hà Thu"],
        opts={"img": "thumb", "author_line": "Lê Hà Thu", "comments": [
            ("Nguyễn Thị Lan", "04/12/2026 09:12", "Chúc lớp học thành công tốt đẹp!"),
            ("Học viên Chợ Đồn", "04/12/2026 20:45", "Cho em hỏi lịch học tháng 1/2027 đã có chưa ạ?"),
        ]},
    ),
    Story(
        id=518,
        slug="hoi-nghi-ban-chap-hanh-dang-bo-truong-chinh-tri-tinh-lan-thu-12",
        title="Hội nghị Ban Chấp hành Đảng bộ Trường Chính trị tỉnh lần thứ 12, nhiệm kỳ 2025 - 2030",
        cat="tin-tuc-su-kien",
        published_at="2026-11-27T08:15:00+07:00",
        summary=(
            "Ngày 26/11/2026, Ban Chấp hành Đảng bộ Trường Chính trị tỉnh tổ chức Hội nghị lần thứ 12 "
            "nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026 và đề ra phương hướng năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{UP}/2026_11/hoi-nghi-bch-lan-12.jpg", "Quang cảnh Hội nghị", "Quang cảnh Hội nghị",
                style="home"),
            P("Hội nghị đã nghe báo cáo tóm tắt kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2026. "
              "Theo đó, Đảng bộ đã lãnh đạo hoàn thành 100% kế hoạch đào tạo, bồi dưỡng được giao."),
            Img(f"{UP}/2026_11/bi-thu-dang-uy-ket-luan.jpg",
                "Đồng chí Bí thư Đảng ủy kết luận Hội nghị", "Đồng chí Bí thư Đảng ủy kết luận Hội nghị",
                style="table"),
            P("Các đại biểu đã thảo luận, đóng góp ý kiến vào dự thảo báo cáo, tập trung vào công tác đổi mới "
              "nội dung, phương pháp giảng dạy và công tác đi thực tế của giảng viên."),
            P("Hội nghị cũng tiến hành kiểm điểm, đánh giá, xếp loại chất lượng tập thể Ban Chấp hành và "
              "các đồng chí ủy viên Ban Chấp hành năm 2026."),
        ],
        authors=["Hoàng Thị Hạnh"],
        opts={"img": "full", "author_line": "ThS. Hoàng Thị Hạnh - Văn phòng Đảng ủy"},
    ),
    Story(
        id=515,
        slug="to-chuc-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Trường Chính trị tỉnh Bắc Kạn tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T16:05:00+07:00",
        summary=(
            "Từ ngày 17 đến ngày 20/11/2026, Trường Chính trị tỉnh Bắc Kạn tổ chức Hội thi giảng viên dạy "
            "giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên."
        ),
        sapo_outside=True,
        blocks=[
            P("Hội thi nhằm nâng cao chất lượng đội ngũ giảng viên, đổi mới phương pháp giảng dạy theo "
              "hướng phát huy tính tích cực, chủ động của học viên."),
            Img(f"{UP}/2026_11/hoi-thi-gvdg-1.jpg", "Ảnh: Nông Văn Tuấn", None, style="p-em"),
            P("Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết và một bài giảng thực hành trước "
              "Ban Giám khảo gồm lãnh đạo Trường và trưởng các khoa chuyên môn."),
            P("Kết thúc Hội thi, Ban Tổ chức đã trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến khích "
              "cho các giảng viên."),
        ],
        authors=["Đặng Thu Trang"],
        photographers=["Nông Văn Tuấn"],
        opts={"author_line": "Đặng Thu Trang"},
    ),
    Story(
        id=509,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-voi-truong",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị tỉnh",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12T09:40:00+07:00",
        summary=(
            "Ngày 11/11/2026, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Nguyễn Văn Thắng, "
            "Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Bắc Kạn."
        ),
        sapo_outside=True,
        blocks=[
            P("Tại buổi làm việc, lãnh đạo Trường đã báo cáo kết quả phối hợp tổ chức các lớp Cao cấp lý luận "
              "chính trị tại tỉnh trong giai đoạn 2021 - 2026."),
            P("Hai bên đã trao đổi về việc phối hợp biên soạn tài liệu, trao đổi giảng viên và tổ chức hội "
              "thảo khoa học về công tác xây dựng Đảng ở vùng dân tộc thiểu số."),
            P("Phát biểu tại buổi làm việc, Trưởng đoàn ghi nhận những kết quả Nhà trường đạt được và "
              "đề nghị tiếp tục tăng cường phối hợp trong thời gian tới."),
        ],
        source="Báo Bắc Kạn",
        opts={"body": "br", "source_line": "Báo Bắc Kạn"},
    ),
    Story(
        id=503,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T15:00:00+07:00",
        blocks=[
            P("Chiều ngày 30/10/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức "
              "bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."),
            P("Sau 10 ngày học tập, 112 học viên là bí thư chi bộ, trưởng thôn và cán bộ Mặt trận, đoàn "
              "thể cơ sở đã được nghiên cứu 9 chuyên đề về quốc phòng, an ninh."),
            P("Kết quả, 100% học viên đủ điều kiện được cấp giấy chứng nhận, trong đó 38 học viên đạt "
              "loại giỏi."),
        ],
        authors=["Phòng Quản lý đào tạo và NCKH"],
        opts={"author_line": "Phòng Quản lý đào tạo và NCKH"},
    ),
    Story(
        id=520,
        slug="lich-khai-giang-cac-lop-boi-duong-thang-12-nam-2026",
        title="Lịch khai giảng các lớp bồi dưỡng tháng 12 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-12-01T10:00:00+07:00",
        summary="Trường Chính trị tỉnh thông báo lịch khai giảng các lớp bồi dưỡng trong tháng 12 năm 2026 như sau:",
        sapo_outside=True,
        blocks=[
            P("TT | Tên lớp | Thời gian khai giảng | Địa điểm", style="tr-head"),
            P("1 | Bồi dưỡng cấp ủy viên cơ sở | 07/12/2026 | Trường Chính trị tỉnh", style="tr"),
            P("2 | Bồi dưỡng lãnh đạo, quản lý cấp phòng | 14/12/2026 | Trường Chính trị tỉnh", style="tr"),
            P("3 | Bồi dưỡng nghiệp vụ công tác kiểm tra | 21/12/2026 | Huyện Na Rì", style="tr"),
            P("Các đơn vị cử học viên đúng đối tượng, thành phần và gửi danh sách về Phòng Quản lý đào tạo "
              "trước ngày khai giảng 03 ngày."),
        ],
        opts={"author_line": "Admin"},
    ),
    Story(
        id=514,
        slug="boi-duong-cap-nhat-kien-thuc-cho-dang-vien-moi-tai-dang-bo-huyen-ba-be",
        title="Bồi dưỡng lý luận chính trị cho đảng viên mới năm 2026 tại Đảng bộ huyện Ba Bể",
        cat="dao-tao-boi-duong",
        published_at="2026-11-18T14:00:00+07:00",
        summary=(
            "Từ ngày 12 đến 18/11/2026, Trường Chính trị tỉnh phối hợp với Trung tâm Chính trị huyện Ba Bể "
            "tổ chức lớp Bồi dưỡng lý luận chính trị cho 65 đảng viên mới."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{UP}/2026_11/dang-vien-moi-ba-be.jpg", "Giảng viên Trường Chính trị tỉnh lên lớp",
                "Giảng viên Trường Chính trị tỉnh lên lớp", style="home"),
            P("Các học viên được nghiên cứu những nội dung cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí "
              "Minh, Điều lệ Đảng và nhiệm vụ của người đảng viên."),
            P("Qua lớp học, đảng viên mới nâng cao nhận thức về Đảng, củng cố lập trường, tư tưởng và ý thức "
              "trách nhiệm trong thực hiện nhiệm vụ được giao."),
        ],
        authors=["Triệu Văn Hưng"],
        opts={"img": "thumb", "author_line": "Triệu Văn Hưng", "comments": [
            ("Trần Văn Minh", "19/11/2026 07:30", "Bài viết rất hay, cảm ơn ban biên tập."),
        ]},
    ),
    Story(
        id=506,
        slug="ket-thuc-hoc-phan-lop-cao-cap-ly-luan-chinh-tri-tai-bac-kan",
        title="Kết thúc học phần lớp Cao cấp lý luận chính trị hệ không tập trung tại Bắc Kạn",
        cat="dao-tao-boi-duong",
        published_at="2026-11-05T07:30:00+07:00",
        summary=(
            "Lớp Cao cấp lý luận chính trị hệ không tập trung tại Bắc Kạn đã hoàn thành học phần "
            "Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam."
        ),
        sapo_outside=True,
        blocks=[
            P("Lớp học do Học viện Chính trị khu vực I mở, Trường Chính trị tỉnh phối hợp quản lý với 74 "
              "học viên là cán bộ lãnh đạo, quản lý các sở, ban, ngành và các huyện, thành phố."),
            P("Trong thời gian học, học viên đã nghiêm túc chấp hành quy chế, tích cực trao đổi, thảo luận "
              "và liên hệ thực tiễn địa phương."),
        ],
        authors=["Lò Thị Hằng"],
        opts={"author_line": "CN. Lò Thị Hằng - Phòng Quản lý đào tạo"},
    ),
    Story(
        id=498,
        slug="khai-giang-lop-boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so",
        title="Khai giảng lớp Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở",
        cat="dao-tao-boi-duong",
        published_at="2026-10-22T08:00:00+07:00",
        summary=(
            "Sáng 22/10/2026, Trường Chính trị tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh khai giảng lớp "
            "Bồi dưỡng nghiệp vụ công tác Mặt trận cho 90 cán bộ cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            P("Lớp học diễn ra trong 5 ngày với các chuyên đề về kỹ năng tập hợp, vận động nhân dân, công tác "
              "giám sát và phản biện xã hội của Mặt trận Tổ quốc."),
            Img(f"{UP}/2026_10/mat-tran-khai-giang.jpg", "Quang cảnh buổi khai giảng",
                "Quang cảnh buổi khai giảng", style="table"),
            P("Học viên sẽ được đi thực tế tại một số khu dân cư tiêu biểu của thành phố Bắc Kạn."),
        ],
        authors=["Ma Thị Duyên"],
        opts={"author_line": "Ma Thị Duyên"},
    ),
    Story(
        id=517,
        slug="giai-phap-nang-cao-chat-luong-giang-day-cac-mon-ly-luan-chinh-tri-gan-voi-thuc-tien",
        title="Một số giải pháp nâng cao chất lượng giảng dạy các môn lý luận chính trị gắn với thực tiễn địa phương",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-25T10:20:00+07:00",
        summary=(
            "Gắn lý luận với thực tiễn là nguyên tắc cơ bản trong giảng dạy lý luận chính trị ở các trường "
            "chính trị tỉnh hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Thực trạng", style="h3"),
            P("Những năm qua, đội ngũ giảng viên của Trường đã chú trọng đưa các ví dụ thực tiễn của tỉnh vào "
              "bài giảng, bước đầu tạo hứng thú cho học viên.[1]"),
            P("Tuy nhiên, việc cập nhật số liệu thực tiễn còn chậm, một số bài giảng còn nặng về lý thuyết."),
            P("2. Giải pháp", style="h3"),
            P("Một là, tăng cường công tác đi thực tế của giảng viên theo Quy định số 09-QĐ/TW.[2]"),
            P("Hai là, xây dựng ngân hàng tình huống thực tiễn của địa phương phục vụ giảng dạy."),
            P("Ba là, đổi mới phương pháp đánh giá kết quả học tập theo hướng vận dụng vào giải quyết vấn đề "
              "thực tiễn."),
            P("Tài liệu tham khảo", style="b"),
            P("[1] Trường Chính trị tỉnh Bắc Kạn, Báo cáo tổng kết năm học 2025 - 2026.", style="note"),
            P("[2] Ban Bí thư, Quy định số 09-QĐ/TW về chế độ đi thực tế của giảng viên lý luận chính trị.",
              style="note"),
        ],
        authors=["Triệu Thị Mai"],
        opts={"author_line": "ThS. Triệu Thị Mai - Phó Trưởng khoa Xây dựng Đảng"},
    ),
    Story(
        id=501,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-dao-duc-cach-mang-trong-ren-luyen-can-bo-dang-vien",
        title="Vận dụng tư tưởng Hồ Chí Minh về đạo đức cách mạng trong rèn luyện cán bộ, đảng viên hiện nay",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-28T09:00:00+07:00",
        summary=(
            "Tư tưởng Hồ Chí Minh về đạo đức cách mạng là tài sản tinh thần vô giá, có ý nghĩa to lớn đối với "
            "công tác xây dựng đội ngũ cán bộ, đảng viên."
        ),
        sapo_outside=True,
        blocks=[
            P("Chủ tịch Hồ Chí Minh luôn coi đạo đức là gốc của người cách mạng. Người viết:"),
            P("“Cũng như sông thì có nguồn mới có nước, không có nguồn thì sông cạn. Cây phải có gốc, không có "
              "gốc thì cây héo. Người cách mạng phải có đạo đức, không có đạo đức thì dù tài giỏi mấy cũng "
              "không lãnh đạo được nhân dân.”", style="quote"),
            P("Vận dụng lời dạy của Người, mỗi cán bộ, đảng viên cần thường xuyên tự rèn luyện, tu dưỡng, "
              "nêu cao tinh thần cần, kiệm, liêm, chính, chí công vô tư."),
        ],
        authors=["Lường Văn Khang"],
        source="Tạp chí Lý luận chính trị",
        opts={"author_line": "TS. Lường Văn Khang", "source_line": "Tạp chí Lý luận chính trị"},
    ),
    Story(
        id=519,
        slug="chi-doan-truong-chinh-tri-tinh-ra-quan-tinh-nguyen-mua-dong-nam-2026",
        title="Chi đoàn Trường Chính trị tỉnh ra quân tình nguyện mùa đông năm 2026",
        cat="doan-the",
        published_at="2026-11-29T07:45:00+07:00",
        summary=(
            "Hưởng ứng Chiến dịch Tình nguyện mùa đông năm 2026, Chi đoàn Trường Chính trị tỉnh đã tổ chức "
            "chương trình thiện nguyện tại xã Cốc Đán, huyện Ngân Sơn."
        ),
        sapo_outside=True,
        blocks=[
            P("Đoàn viên thanh niên đã trao tặng 50 suất quà, 120 chiếc áo ấm cho học sinh có hoàn cảnh khó "
              "khăn của Trường Phổ thông dân tộc bán trú Tiểu học và THCS Cốc Đán."),
            Img(f"{UP}/2026_11/tinh-nguyen-coc-dan.jpg", "Trao quà cho học sinh Trường PTDTBT Cốc Đán",
                "Trao quà cho học sinh Trường PTDTBT Cốc Đán", style="table"),
            P("Tổng giá trị các phần quà trên 30 triệu đồng do đoàn viên và các nhà hảo tâm đóng góp."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Ma Văn Đức</strong></p>'),
        ],
        authors=["Ma Văn Đức"],
        photographers=["Ma Văn Đức"],
        opts={"also": "tin-tuc-su-kien"},
    ),
    Story(
        id=510,
        slug="cong-doan-truong-to-chuc-hoat-dong-chao-mung-ngay-phu-nu-viet-nam-20-10",
        title="Công đoàn Trường tổ chức hoạt động chào mừng ngày Phụ nữ Việt Nam 20/10",
        cat="doan-the",
        published_at="2026-10-19T16:10:00+07:00",
        summary=(
            "Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), "
            "Công đoàn Trường Chính trị tỉnh tổ chức gặp mặt nữ cán bộ, giảng viên."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{UP}/2026_10/gap-mat-20-10.jpg", None, None, style="home"),
            P("Tại buổi gặp mặt, đồng chí Chủ tịch Công đoàn Trường đã ôn lại truyền thống vẻ vang của Hội "
              "Liên hiệp Phụ nữ Việt Nam và biểu dương những đóng góp của nữ cán bộ, giảng viên."),
            P("Dịp này, Công đoàn Trường tổ chức Hội thi cắm hoa nghệ thuật với sự tham gia của 6 đội thi "
              "đến từ các khoa, phòng."),
        ],
        authors=["Tổ Văn phòng"],
        opts={"img": "full", "author_line": "Tổ Văn phòng"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
MOST_READ = [521, 514, 517, 515]

ABOUT = {
    "gioi-thieu-chung": ("Giới thiệu chung", [
        "Trường Chính trị tỉnh Bắc Kạn là đơn vị sự nghiệp trực thuộc Tỉnh ủy Bắc Kạn, có chức năng đào "
        "tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở.",
        "Trường được thành lập năm 1997 trên cơ sở tái lập tỉnh Bắc Kạn.",
    ]),
    "lich-su-hinh-thanh": ("Lịch sử hình thành và phát triển", [
        "Tiền thân của Trường là Trường Đảng tỉnh Bắc Thái, sau khi tái lập tỉnh năm 1997, Trường Chính "
        "trị tỉnh Bắc Kạn chính thức đi vào hoạt động.",
        "Qua hơn 29 năm xây dựng và phát triển, Trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ.",
    ]),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
        "Các khoa: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và Pháp luật; Khoa Dân vận.",
        "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học.",
    ]),
    "chuc-nang-nhiem-vu": ("Chức năng, nhiệm vụ", [
        "Đào tạo trung cấp lý luận chính trị - hành chính cho cán bộ, công chức.",
        "Bồi dưỡng cán bộ lãnh đạo, quản lý cấp cơ sở, đảng viên mới và các đối tượng khác.",
    ]),
}


# --- helpers -------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dt_of(story: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(story.published_at)


def _nv_time(story: Story) -> str:
    d = _dt_of(story)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y %H:%M} GMT+7"


def _alias(story: Story) -> str:
    return f"{story.slug}-{story.id}"


def link(story: Story, cat: str | None = None) -> str:
    return f"/vi/news/{cat or story.cat}/{_alias(story)}/"


def raw_link(story: Story, amp: bool = True) -> str:
    sep = "&amp;" if amp else "&"
    return f"/index.php?language=vi{sep}nv=news{sep}op={story.cat}/{_alias(story)}"


def print_link(story: Story) -> str:
    return f"/vi/news/print/{story.cat}/{_alias(story)}/"


def _clean60(title: str) -> str:
    if len(title) <= 60:
        return title
    cut = title[:60].rsplit(" ", 1)[0]
    return cut + "..."


def _listed(cat: str) -> list[Story]:
    items = [s for s in STORIES if s.cat == cat or s.opts.get("also") == cat]
    return sorted(items, key=_dt_of, reverse=True)


def _thumb(src: str) -> str:
    return "/files/news/thumb/" + src.rsplit("/", 1)[1]


def _home_img(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)


# --- chrome --------------------------------------------------------------------------------


def _menu() -> str:
    cats = "".join(f'<li><a href="/vi/news/{a}/" title="{esc(n)}">{esc(n)}</a></li>' for a, n in CATS.items())
    about = "".join(
        f'<li><a href="/vi/about/{a}/" title="{esc(t)}">{esc(t)}</a></li>' for a, (t, _) in ABOUT.items()
    )
    return (
        '<div id="nav"><ul class="menu-top">'
        '<li class="home"><a href="/vi/news/" title="Trang nhất"><span>Trang nhất</span></a></li>'
        f'<li><a href="/vi/about/gioi-thieu-chung/" title="Giới thiệu">Giới thiệu</a><ul class="sub">{about}</ul></li>'
        f'<li><a href="/vi/news/tin-tuc-su-kien/" title="Tin tức">Tin tức</a><ul class="sub">{cats}</ul></li>'
        '<li><a href="/vi/contact/" title="Liên hệ">Liên hệ</a></li>'
        "</ul></div>"
    )


def _ticker() -> str:
    latest = sorted(STORIES, key=_dt_of, reverse=True)[:4]
    items = " &nbsp;|&nbsp; ".join(
        f'<a href="{link(s)}" title="{esc(s.title)}">{esc(_clean60(s.title))}</a>' for s in latest
    )
    return f'<div class="tinmoi"><strong>Tin mới:</strong> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{items}</marquee></div>'


def _right_col() -> str:
    most = "".join(
        f'<li><a href="{raw_link(BY_ID[i])}" title="{esc(BY_ID[i].title)}">{esc(_clean60(BY_ID[i].title))}</a>'
        f' <span class="small">({BY_ID[i].views()} lượt xem)</span></li>'
        for i in MOST_READ
    )
    return (
        '<div class="col-right">'
        '<div class="block_r"><div class="block_r_title">Tin xem nhiều</div>'
        f'<div class="block_r_c"><ul class="list_news">{most}</ul></div></div>'
        '<div class="block_r"><div class="block_r_title">Thăm dò ý kiến</div><div class="block_r_c">'
        '<p><strong>Bạn quan tâm đến nội dung nào trên website?</strong></p>'
        '<form action="javascript:void(0)"><input type="radio" name="option" value="1"/> Tin tức - Sự kiện<br/>'
        '<input type="radio" name="option" value="2"/> Lịch học các lớp<br/>'
        '<input type="radio" name="option" value="3"/> Nghiên cứu - Trao đổi<br/>'
        '<input type="button" class="bt" value="Biểu quyết" onclick="nv_sendvoting(this.form, 2, 1);"/>'
        '<input type="button" class="bt" value="Kết quả" onclick="nv_sendvoting(this.form, 2, 0);"/>'
        "</form></div></div>"
        '<div class="block_r"><div class="block_r_title">Liên kết website</div><div class="block_r_c">'
        '<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
        '<option value="http://www.backan.gov.vn">Cổng TTĐT tỉnh Bắc Kạn</option>'
        '<option value="http://hcma.vn">Học viện CTQG Hồ Chí Minh</option>'
        '<option value="http://www.baobackan.org.vn">Báo Bắc Kạn</option></select></div></div>'
        '<div class="block_r"><div class="block_r_title">Thống kê truy cập</div><div class="block_r_c">'
        '<ul class="counter"><li>Đang truy cập: <span>17</span></li><li>Hôm nay: <span>412</span></li>'
        '<li>Tháng hiện tại: <span>3.208</span></li><li>Tổng lượt truy cập: <span>1.284.570</span></li></ul>'
        "</div></div></div>"
    )


def _left_col() -> str:
    cats = "".join(f'<li><a href="/vi/news/{a}/">{esc(n)}</a></li>' for a, n in CATS.items())
    return (
        '<div class="col-left"><div class="block_l"><div class="block_l_title">Chuyên mục</div>'
        f'<ul class="cat_menu">{cats}</ul></div>'
        '<div class="block_l"><div class="block_l_title">Thông báo</div><div class="block_l_c">'
        "<p>Trường Chính trị tỉnh thông báo lịch nghỉ Tết Dương lịch 2027 từ ngày 01/01/2027.</p></div></div>"
        '<div class="block_l"><a href="http://dangcongsan.vn" target="_blank">'
        '<img src="/uploads/banners/dang-cong-san.gif" alt="Báo điện tử Đảng Cộng sản" width="180"/></a></div>'
        "</div>"
    )


def _page(title: str, breadcrumbs: list[tuple[str, str]], content: str) -> str:
    crumbs = '<a title="Trang nhất" href="/"><img src="/themes/bk_truongchinhtri/images/icons/home.png" alt="Trang nhất"/></a>'
    for href, label in breadcrumbs:
        crumbs += f'<span class="spector">&raquo;</span><a href="{href}" title="{esc(label)}">{esc(label)}</a>'
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f"<title>{esc(title)}</title>"
        '<meta name="generator" content="NukeViet v3.4" />'
        '<meta name="description" content="Trường Chính trị tỉnh Bắc Kạn - đào tạo, bồi dưỡng cán bộ" />'
        '<link rel="stylesheet" type="text/css" href="/themes/bk_truongchinhtri/css/template.css" />'
        '<script type="text/javascript" src="/js/global.js"></script>'
        '<script type="text/javascript" src="/js/shadowbox/shadowbox.js"></script>'
        "</head><body>"
        '<div id="container"><div id="header">'
        '<div class="logo"><a href="/" title="Trang nhất"><img src="/images/logo_tct.png" alt="Logo"/></a></div>'
        f'<div class="site-name"><span class="s1">ĐẢNG BỘ TỈNH BẮC KẠN</span><span class="s2">{esc(SITE.upper())}</span></div>'
        f'<div class="date-time">{HEADER_TODAY}</div>'
        '<form action="/index.php" method="get" class="search">'
        '<input type="hidden" name="language" value="vi"/><input type="hidden" name="nv" value="search"/>'
        '<input type="text" name="q" maxlength="60" value="" /><input type="submit" value="Tìm kiếm"/></form>'
        f"</div>{_menu()}{_ticker()}"
        f'<div class="breadcrumbs clearfix">{crumbs}</div>'
        f'<div id="body" class="clearfix">{_left_col()}<div class="col-center">{content}</div>{_right_col()}</div>'
        '<div id="footer"><div class="footer-content">'
        f"<p><strong>{esc(SITE.upper())}</strong></p>"
        "<p>Địa chỉ: Tổ 10, phường Sông Cầu, thành phố Bắc Kạn, tỉnh Bắc Kạn</p>"
        "<p>Điện thoại: 0209.3870.xxx - Fax: 0209.3870.yyy - Email: truongchinhtri@backan.gov.vn</p>"
        "<p>Ghi rõ nguồn &quot;Trường Chính trị tỉnh Bắc Kạn&quot; khi phát hành lại thông tin từ website này.</p>"
        '</div><div class="copyright">Powered by <a href="http://nukeviet.vn" target="_blank">NukeViet</a> '
        "&copy; 2010 VINADES.,JSC</div></div></div></body></html>"
    )


# --- article rendering ---------------------------------------------------------------------


def _block_html(block: object) -> str:
    if isinstance(block, Raw):
        return block.html
    if isinstance(block, Img):
        if block.style == "home":
            return ""
        img = f'<img alt="" src="{block.src}" style="width: 500px; height: 333px;" />'
        if block.style == "table":
            return (
                '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 500px;">'
                f'<tbody><tr><td>{img}</td></tr>'
                f'<tr><td style="text-align: center;"><em><span style="font-size: 12px;">{esc(block.printed or "")}</span></em></td></tr>'
                "</tbody></table>"
            )
        out = f'<p style="text-align: center;">{img}</p>'
        if block.printed:
            out += f'<p style="text-align: center;"><em>{esc(block.printed)}</em></p>'
        return out
    assert isinstance(block, P)
    t = esc(block.text)
    if block.style == "h3":
        return f"<h3><strong>{t}</strong></h3>"
    if block.style == "b":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if block.style == "note":
        return f'<p style="text-align: justify;"><span style="font-size: 12px;"><em>{t}</em></span></p>'
    if block.style == "quote":
        return f'<blockquote><p style="text-align: justify;"><em>{t}</em></p></blockquote>'
    return (
        '<p style="text-align: justify;"><span style="font-size: 14px;">'
        f'<span style="font-family: times new roman,times,serif;">{t}</span></span></p>'
    )


def _body_html(story: Story) -> str:
    if story.opts.get("body") == "br":
        lines = [esc(b.text) for b in story.blocks if isinstance(b, P)]
        return '<div style="text-align: justify;">' + "<br /><br />\n".join(lines) + "<br />&nbsp;</div>"
    rows = [b for b in story.blocks if isinstance(b, P) and b.style.startswith("tr")]
    out: list[str] = []
    table_done = False
    for b in story.blocks:
        if isinstance(b, P) and b.style.startswith("tr"):
            if not table_done:
                trs = ""
                for r in rows:
                    cells = r.text.split(" | ")
                    tag = "th" if r.style == "tr-head" else "td"
                    trs += "<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>"
                out.append(f'<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;"><tbody>{trs}</tbody></table>')
                table_done = True
            continue
        out.append(_block_html(b))
    out.append("<p>&nbsp;</p>")
    return "\n".join(out)


def _hometext_html(story: Story) -> str:
    home = _home_img(story)
    mode = story.opts.get("img")
    out = ""
    if story.summary:
        thumb = ""
        if home is not None and mode == "thumb":
            thumb = (
                '<div id="imghome" class="fl" style="width:200px;margin-right:8px;">'
                f'<a href="{home.src}" title="{esc(story.title)}" rel="shadowbox">'
                f'<img alt="{esc(story.title)}" src="{home.src}" width="200" /></a>'
                + (f"<p><em>{esc(home.printed)}</em></p>" if home.printed else "")
                + "</div>"
            )
        out += f'<div id="hometext" class="clearfix">{thumb}<h2>{esc(story.summary)}</h2></div>'
    if home is not None and mode == "full":
        out += (
            '<div style="width:460px;margin: 10px auto;">'
            f'<img alt="{esc(story.title)}" src="{home.src}" width="460" />'
            + (f'<p style="text-align: center;"><em>{esc(home.printed)}</em></p>' if home.printed else "")
            + "</div>"
        )
    return out


def _author_html(story: Story) -> str:
    parts = []
    if story.opts.get("author_line"):
        parts.append(f"<strong>Tác giả: </strong>{esc(story.opts['author_line'])}")
    if story.opts.get("source_line"):
        parts.append(f"<strong>Nguồn tin: </strong>{esc(story.opts['source_line'])}")
    if not parts:
        return ""
    return '<div style="text-align:right;">' + "<br />".join(parts) + "</div>"


def _comments_html(story: Story) -> str:
    comments = story.opts.get("comments") or []
    items = "".join(
        f'<div class="list clearfix"><div class="name"><strong>{esc(n)}</strong> '
        f'<span class="small">- {esc(t)}</span></div><div class="content">{esc(c)}</div></div>'
        for n, t, c in comments
    )
    return (
        '<div id="idcomment"><h3 class="title-comment">Ý kiến bạn đọc</h3>'
        f'<div id="showcomment">{items or "<p>Chưa có ý kiến nào.</p>"}</div>'
        '<div id="formcomment"><p>Họ tên: <input id="commentname" type="text"/></p>'
        '<p>Email: <input id="commentemail_iavim" type="text"/></p>'
        '<p><textarea id="commentcontent" cols="60" rows="5"></textarea></p>'
        f'<input type="button" value="Gửi bình luận" onclick="sendcommment({story.id}, {story.id % 7 + 3});"/>'
        "</div></div>"
    )


def _newer_html(story: Story) -> str:
    newer = [s for s in _listed(story.cat) if _dt_of(s) > _dt_of(story) and s.cat == story.cat]
    newer = sorted(newer, key=_dt_of)[:3]
    if not newer:
        return ""
    items = "".join(
        f'<li><a href="{link(s)}" title="{esc(s.title)}">{esc(s.title)}</a> '
        f'<span class="date">({_dt_of(s):%d/%m/%Y})</span></li>'
        for s in newer
    )
    return f'<div class="other-news"><h4>Tin mới hơn</h4><ul class="related">{items}</ul></div>'


def _detail(story: Story) -> str:
    content = (
        '<div class="news_column"><div id="news_detail">'
        f"<h1>{esc(story.title)}</h1>"
        f'<span class="time">{_nv_time(story)}</span>'
        f"{_hometext_html(story)}"
        f'<div class="bodytext">{_body_html(story)}</div>'
        f"{_author_html(story)}"
        "</div>"
        '<div class="aright"><ul class="control">'
        '<li><a rel="nofollow" class="sendmail" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_sendmail_news({story.id});return false\">Gửi bài viết</a></li>"
        '<li><a class="print" title="In ra" href="javascript:void(0);" '
        f"onclick=\"NewWindow('{print_link(story)}','','840','768','yes');return false\">In ra</a></li>"
        '<li><a class="savefile" title="Lưu bài viết này" href="javascript:void(0);">Lưu bài viết</a></li>'
        "</ul></div>"
        f'<div class="rating">Đánh giá bài viết: <span class="small">{story.views()} lượt xem</span></div>'
        f"{_comments_html(story)}{_newer_html(story)}</div>"
    )
    cat = story.cat
    return _page(
        f"{story.title} - {CATS[cat]} - {SITE}",
        [("/vi/news/", "Tin tức"), (f"/vi/news/{cat}/", CATS[cat])],
        content,
    )


def _print_view(story: Story) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f"<title>{esc(story.title)}</title></head><body onload=\"window.print()\">"
        f'<div id="print"><div class="logo"><img src="/images/logo_tct.png" alt=""/> {esc(SITE)}</div>'
        f"<h1>{esc(story.title)}</h1>"
        f'<span class="time">{_nv_time(story)}</span>'
        f"{_hometext_html(story)}"
        f'<div class="bodytext">{_body_html(story)}</div>{_author_html(story)}'
        f'<div class="footer">URL của bản tin này: {esc(link(story))}</div>'
        '<a href="javascript:window.close()">Đóng cửa sổ này</a></div></body></html>'
    )


# --- lists -----------------------------------------------------------------------------------


def _item_html(story: Story, cat: str) -> str:
    href = link(story, cat)
    home = _home_img(story)
    img = (
        f'<a href="{href}" title="{esc(story.title)}"><img alt="" src="{_thumb(home.src)}" width="100" class="fl"/></a>'
        if home is not None
        else ""
    )
    sapo = f"<p>{esc(story.summary)}</p>" if story.summary else ""
    return (
        f'<div class="items clearfix">{img}'
        f'<h3><a href="{href}" title="{esc(story.title)}">{esc(_clean60(story.title))}</a></h3>'
        f'<p class="time">{_dt_of(story):%d/%m/%Y %H:%M}</p>{sapo}'
        f'<div class="aright"><a href="{href}">Chi tiết &raquo;</a></div></div>'
    )


def _cat_page(cat: str, offset: int) -> str | None:
    items = _listed(cat)
    if offset < 0 or offset % PER_PAGE or (offset and offset >= len(items)):
        return None
    shown = items[offset : offset + PER_PAGE]
    body = "".join(_item_html(s, cat) for s in shown)
    pager = ""
    if len(items) > PER_PAGE:
        parts = []
        for i, off in enumerate(range(0, len(items), PER_PAGE), start=1):
            href = f"/vi/news/{cat}/" if off == 0 else f"/vi/news/{cat}/page-{off}/"
            parts.append(f"<strong>{i}</strong>" if off == offset else f'<a href="{href}">{i}</a>')
        if offset + PER_PAGE < len(items):
            parts.append(f'<a href="/vi/news/{cat}/page-{offset + PER_PAGE}/">Trang sau</a>')
        pager = '<div class="generate_page">' + "&nbsp;".join(parts) + "</div>"
    content = f'<div class="news_column"><h2 class="cat-title">{esc(CATS[cat])}</h2>{body}{pager}</div>'
    return _page(f"{CATS[cat]} - {SITE}", [("/vi/news/", "Tin tức"), (f"/vi/news/{cat}/", CATS[cat])], content)


def _home() -> str:
    boxes = []
    for cat, name in CATS.items():
        items = _listed(cat)
        top, others = items[0], items[1:3]
        home = _home_img(top)
        img = (
            f'<a href="{link(top, cat)}"><img src="{_thumb(home.src)}" alt="" width="120" class="fl"/></a>'
            if home is not None
            else ""
        )
        other = "".join(
            f'<li><a href="{link(s, cat)}" title="{esc(s.title)}">{esc(_clean60(s.title))}</a></li>' for s in others
        )
        boxes.append(
            '<div class="box-border m-bottom"><div class="header-block1">'
            f'<h3><a href="/vi/news/{cat}/" title="{esc(name)}">{esc(name)}</a></h3></div>'
            f'<div class="content-box clearfix">{img}'
            f'<h4><a href="{link(top, cat)}" title="{esc(top.title)}">{esc(top.title)}</a></h4>'
            f'<p>{esc(top.summary or "")}</p><ul class="other">{other}</ul></div></div>'
        )
    return _page(SITE, [], '<div class="news_column">' + "".join(boxes) + "</div>")


def _about(alias: str) -> str | None:
    if alias not in ABOUT:
        return None
    title, paras = ABOUT[alias]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    content = (
        f'<div class="page"><h1>{esc(title)}</h1>'
        '<span class="small">Cập nhật lúc: Thứ hai, 16/03/2026 08:00</span>'
        f'<div class="bodytext">{body}</div></div>'
    )
    return _page(f"{title} - Giới thiệu - {SITE}", [("/vi/about/", "Giới thiệu")], content)


def _about_index() -> str:
    items = "".join(f'<li><a href="/vi/about/{a}/">{esc(t)}</a></li>' for a, (t, _) in ABOUT.items())
    return _page(f"Giới thiệu - {SITE}", [("/vi/about/", "Giới thiệu")],
                 f'<div class="page"><h2>Giới thiệu</h2><ul class="about-list">{items}</ul></div>')


def _contact() -> str:
    content = (
        '<div class="page"><h1>Liên hệ</h1>'
        f"<p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: Tổ 10, phường Sông Cầu, thành phố Bắc Kạn</p>"
        '<form action="/vi/contact/" method="post"><p>Họ tên: <input name="fname" type="text"/></p>'
        '<p>Email: <input name="femail_iavim" type="text"/></p><p>Tiêu đề: <input name="ftitle"/></p>'
        '<p><textarea name="fcon"></textarea></p><input type="submit" value="Gửi"/></form></div>'
    )
    return _page(f"Liên hệ - {SITE}", [("/vi/contact/", "Liên hệ")], content)


def _search(q: str) -> str:
    q = q.strip()
    if q:
        hits = [s for s in STORIES if q.lower() in s.title.lower()][:5]
        res = "".join(f'<li><a href="{raw_link(s)}">{esc(s.title)}</a></li>' for s in hits)
        inner = f"<ul>{res}</ul>" if hits else "<p>Không tìm thấy kết quả nào.</p>"
    else:
        inner = "<p>Bạn chưa nhập từ khóa tìm kiếm.</p>"
    return _page(f"Tìm kiếm - {SITE}", [("/index.php?language=vi&amp;nv=search", "Tìm kiếm")],
                 f'<div class="page"><h1>Tìm kiếm</h1>{inner}</div>')


# --- routing ---------------------------------------------------------------------------------


def _story_for(cat: str, alias: str) -> Story | None:
    slug, _, sid = alias.rpartition("-")
    if not sid.isdigit():
        return None
    story = BY_ID.get(int(sid))
    if story is None or story.slug != slug:
        return None
    if cat != story.cat and story.opts.get("also") != cat:
        return None
    return story


class Site:
    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            if request.path == "/vi/contact/":
                return html(_contact())
            return None
        path = request.path
        static = static_file(path)
        if static is not None and (path.startswith(("/uploads/", "/files/", "/images/", "/themes/", "/js/"))):
            return static
        if path == "/index.php":
            return self._raw(request)
        if path in ("/", "/vi/", "/vi/news/"):
            return html(_home()) if not request.query else None
        parts = [p for p in path.split("/") if p]
        if not path.endswith("/"):
            return None
        if parts == ["vi", "about"]:
            return html(_about_index())
        if parts[:2] == ["vi", "about"] and len(parts) == 3:
            page = _about(parts[2])
            return html(page) if page else None
        if parts == ["vi", "contact"]:
            return html(_contact())
        if parts[:2] == ["vi", "news"]:
            return self._news(parts[2:])
        return None

    def _news(self, rest: list[str]) -> Response | None:
        if len(rest) == 3 and rest[0] == "print":
            story = _story_for(rest[1], rest[2])
            if story is None or rest[1] != story.cat:
                return None
            return html(_print_view(story))
        if not rest or rest[0] not in CATS:
            return None
        cat = rest[0]
        if len(rest) == 1:
            return html(_cat_page(cat, 0))
        if len(rest) != 2:
            return None
        if rest[1].startswith("page-") and rest[1][5:].isdigit():
            page = _cat_page(cat, int(rest[1][5:]))
            return html(page) if page else None
        story = _story_for(cat, rest[1])
        if story is None:
            return None
        if cat != story.cat:
            return redirect(link(story), status=301)
        return html(_detail(story))

    def _raw(self, request: Request) -> Response | None:
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if params.get("language") != "vi":
            return None
        nv = params.get("nv")
        if nv == "search":
            return html(_search(params.get("q", "")))
        if nv != "news" or set(params) - {"language", "nv", "op"}:
            return None
        op = params.get("op", "")
        if not op:
            return html(_home())
        return self._news([p for p in op.split("/") if p])


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(
        s,
        link(s),
        CATS[s.cat],
        alt_paths=[raw_link(s, amp=False), print_link(s)],
    )
    for s in STORIES
]

NON_ARTICLES = [f"/vi/about/{a}/" for a in ABOUT] + ["/vi/contact/"]
